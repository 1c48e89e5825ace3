
var siteLanguage = 'en';var siteLanguageId = '0';

const homedepot = {
    "theme": {
        "primary": "#F68121",
        "shadow": "#ff9e4d",
        "image": "tools"
    },
    "title": "Home Depot Shopper",
    "includePushNotif": true,
    "description": "Complete the short survey about <b>shopping at Home Depot</b> to select your exclusive offer of up to <strong>$100.00</strong> cash value.",
    "questions": [
        {
            "question": "Are you familiar with Home Depot's online pick-up-in-store service?",
            "answers": [
                "Yes",
                "No",
                "Not Sure"
            ]
        },
        {
            "question": "Is Home Depot your primary source when buying home improvement products?",
            "answers": [
                "Yes",
                "No",
                "Not Sure"
            ]
        },
        {
            "question": "Do you buy Home Depot gift cards for friends and family?",
            "answers": [
                "Yes, all the time",
                "Yes, sometimes",
                "Only rarely",
                "No, never"
            ]
        },
        {
            "question": "Would you recommend Home Depot to your friends and family?",
            "answers": [
                "Definitely",
                "Possibly",
                "Probably Not",
                "Definitely Not"
            ]
        },
        {
            "question": "Are you familiar with Home Depot's purchase financing options?",
            "answers": [
                "Yes",
                "No",
                "Not Sure"
            ]
        },
        {
            "question": "Do you think that Home Depot provides good value for your money?",
            "answers": [
                "Definitely",
                "Possibly",
                "Probably Not",
                "Definitely Not"
            ]
        },
        {
            "question": "Do you live within 10 miles of a Home Depot location?",
            "answers": [
                "Yes",
                "No",
                "Not Sure"
            ]
        },
        {
            "question": "Do you feel that your nearest Home Depot store is well-organized?",
            "answers": [
                "Yes",
                "No",
                "Not Sure"
            ]
        },
        {
            "question": "Do you feel that Home Depot staff are helpful?",
            "answers": [
                "Definitely",
                "Usually",
                "Sometimes",
                "Not Really",
                "Definitely Not"
            ]
        },
        {
            "question": "Have you visited a Home Depot location in the last two weeks?",
            "answers": [
                "Yes",
                "No",
                "Not Sure"
            ]
        },
        {
            "question": "Do you ever buy gifts at Home Depot?",
            "answers": [
                "Yes",
                "No",
                "Not Sure"
            ]
        },
        {
            "question": "Is Home Depot your preferred home improvement/hardware store?",
            "answers": [
                "Yes",
                "No",
                "Not Sure"
            ]
        },
        {
            "question": "Have you ever considered working at Home Depot?",
            "answers": [
                "Yes",
                "No",
                "Not Sure"
            ]
        },
        {
            "question": "Is Home Depot your preferred choice for buying <u>tools</u>?",
            "answers": [
                "Yes",
                "No",
                "Not Sure"
            ]
        },
        {
            "question": "Have you ordered online from Home Depot in the last two months?",
            "answers": [
                "Yes",
                "No",
                "Not Sure"
            ]
        },
        {
            "question": "Complete your information",
            "email": true,
            "answers": [
                "Continue",
                "Skip"
            ]
        }
    ],
    "survey_id": "#wb74rpmabnu3t1j4i4soldl0",
    "terms_link": "https://exclusive-promocode.com/surveys/terms/terms1.html",
    "terms": `<p style="color:##707070">2021 All Rights Reserved.<br>This is an independent survey and marketing website which is not affiliated with or endorsed by <script type="text/javascript"></script>Home Depot or any online retailer or brand. This website does not claim to represent or own any of the trademarks, tradenames or rights associated with any of the offers which are the property of their respective owners who do not own, endorse, or promote this website. All images on this website are readily available in various places on the Internet and believed to be in public domain according to the U.S. Copyright Fair Use Act. Offer shipping and handling fees may apply. *See manufacturer's site for details as terms may vary with offers. This website receives compensation in exchange for promoting third party offers. See important terms and conditions regarding this survey, site, and advertisement <a href="/s3/terms/terms.php" style="color: #666666;"><u>here</u></a>.</p>`
}
window.homedepot = homedepot;
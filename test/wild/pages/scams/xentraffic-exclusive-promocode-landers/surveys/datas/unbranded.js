const unbranded = {
    "theme": {
        "primary": "#FF9932",
        "shadow": "#957207",
        "image": "unbranded"
    },
    "title": "Online Shopper",
    "includePushNotif": true,
    "description": "Complete the short survey about <b>shopping Online</b> to select your exclusive offer",
    "questions": [
        {
            "question": "Have you seen ads for online shopping?",
            "answers": [
                "Too many times",
                "Yes",
                "No",
                "Not Sure"
            ]
        },
        {
            "question": "How would you rate your experience shopping online?",
            "answers": [
                "Great",
                "Good",
                "Okay",
                "Poor"
            ]
        },
        {
            "question": "How often are the products you're looking for in stock?",
            "answers": [
                "Always",
                "Most of the time",
                "Some of the time",
                "Rarely"
            ]
        },
        {
            "question": "Which of these online shopping services do you most prefer?",
            "answers": [
                "Amazon.com",
                "eBay.com",
                "Jet.com",
                "Other"
            ]
        },
        {
            "question": "What is most important to you when shopping online?",
            "answers": [
                "Convenience",
                "Product selection",
                "Reliability",
                "Price",
                "Other"
            ]
        },
        {
            "question": "How often do you shop online?",
            "answers": [
                "More than once a week",
                "Weekly",
                "Monthly",
                "Other"
            ]
        },
        {
            "question": "When is the last time you bought a product online?",
            "answers": [
                "Within the past week",
                "Within the last month",
                "More than a month ago",
                "Not Sure"
            ]
        },
        {
            "question": "Does free shipping on entice you to buy more frequently?",
            "answers": [
                "Yes",
                "Sometimes",
                "No",
                "Not Sure"
            ]
        },
        {
            "question": "How do you feel about the prices while shopping online?",
            "answers": [
                "They are fantastic",
                "They are pretty good",
                "They are just OK",
                "They are a bit high",
                "They are very overpriced",
                "Not Sure"
            ]
        },
        {
            "question": "Do you use the an app (instead of a browser) on your phone/tablet to make purchases?",
            "answers": [
                "I use an Apple device",
                "I use an Android device",
                "No"
            ]
        },
        {
            "question": "What is your age group?",
            "answers": [
                "18-24",
                "24-34",
                "35-44",
                "45-64",
                "65+"
            ]
        },
        {
            "question": "You are...",
            "answers": [
                "Male",
                "Female",
                "Other"
            ]
        },
        {
            "question": "Enter your email to receive special offers from Exclusive-Promocode",
            "email": true,
            "answers": [
                "Continue",
                "Skip"
            ]
        }
    ],
    "terms_link": "https://mrttrck.com/surveys/terms/terms.html",
    "terms": `<p style="color:#85892F">2020 All Rights Reserved.<br>This is an independent survey and marketing website which is not affiliated with or endorsed by <script type="text/javascript">document.write(r("Bayvar"))</script>Online or any online retailer or brand. This website does not claim to represent or own any of the trademarks, tradenames or rights associated with any of the offers which are the property of their respective owners who do not own, endorse, or promote this website. All images on this website are readily available in various places on the Internet and believed to be in public domain according to the U.S. Copyright Fair Use Act. Offer shipping and handling fees may apply. *See manufacturer's site for details as terms may vary with offers. This website receives compensation in exchange for promoting third party offers. See important terms and conditions regarding this survey, site, and advertisement <a href="/s3/terms/terms.php" style="color: #666666;"><u>here</u></a>.</p>`
}
window.unbranded = unbranded;
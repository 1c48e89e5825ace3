const surveyQuestions = {
    restaurant: [
        `Have you eaten at ${brandName} in the last 3 months?`,
        `Do you follow ${brandName} on social media?`,
        "Are you over the age of 18?"
    ],
    store: [
        `Have you shopped at ${brandName} in the last 6 months?`,
        `Would you recommend ${brandName} to a friend?`,
        "Are you ready to claim your $1,000 Gift Card today?"
    ],
    generic: [
        "Do you like online offers?",
        "Would you complete short surveys?",
        "Do you want to claim a reward today?"
    ],
    grocery: [
        `Do you purchase groceries at stores like ${brandName}?`,
        `Have you shopped at ${brandName} in the last 7 months?`,
        `Are you interested in a $1,000 ${brandName} voucher?`
    ],
    finance: [
        `Do you live in the United States?`,
        `Are you over the age of 18?`,
        "Do you like latest generation of IPAD?"
    ],
    fastfood: [
        `Do you visit ${brandName} more than once a month?`,
        `Would you rate your last experience at ${brandName} as positive?`,
        `Are you interested in a $1,000 ${brandName} voucher?`
    ],
    dollarstore: [
        `Do you shop at discount stores like ${brandName}?`,
        `Do you feel ${brandName} offers great value for money?`,
        `Are you interested in a $1,000 ${brandName} gift card?`
    ],
    gas: [
        `Do you fill your tank everytime you get gas?`,
        `Do you own or lease your vehicle?`,
        `Are you interested in a $1,000 Gas Gift Card?`
    ],
};

window.DEFAULT_SITE_CONTENT = {
  brand: {
    name: "元軒的生活側寫",
    tagline: "台北・生活・認真認識"
  },
  persona: {
    name: "元軒",
    age: "42 歲",
    location: "台北",
    birth: "9 月 18 日・處女座",
    height: "180 cm",
    status: "單身・期待認真認識",
    traits: "成熟穩重,重視細節,溫柔體貼,喜歡運動,熱愛生活"
  },
  hero: {
    category: "真實資料",
    date: "2026.06.18",
    title: "工作與生活逐漸穩定後，才發現有些日常，還是想和一個人分享。",
    intro: "42 歲，住在台北。生活穩定、個性慢熱，但如果遇到聊得來的人，我會很認真對待。",
    note: "先看完我的生活照片和基本資料，再決定要不要加 LINE。"
  },
  about: {
    title: "嗨，我是元軒",
    subtitle: "比起漂亮話，我更希望妳先看見一個人平常的樣子。",
    cardTitle: "住在台北，生活簡單，也重視相處的舒服感",
    body: "73 年次，出生在台北松山。平常工作規律，下班後會運動、散步，或找間安靜的小店坐一下。不是很會花言巧語的人，但相處時會在意細節，也希望彼此都真誠。"
  },
  story: {
    quote: "「生活什麼都不缺時，才更明白陪伴有多難得。」",
    lead: "我不是來找很多人聊天，只想遇到一個聊得來、願意慢慢認識的人。",
    p1: "在台北松山生活的這些年，我慢慢把工作和生活整理成喜歡的樣子。有自己的節奏，也仍然對每一段真誠的關係保有期待。",
    p2: "每天收工回到家，看著安靜的客廳，會發現再充實的生活，如果沒有人一起分享、一起規劃未來，心裡終究少了一個位置。",
    highlight: "我不想玩猜心的遊戲，只想認識一個真誠、有質感，也願意好好聊天的人。",
    p3: "如果妳今晚也剛好是一個人，願意從日常的小事聊起，甚至聊聊對未來的想法，也許我們可以先認識彼此。"
  },
  conversation: {
    question: "如果妳也喜歡簡單一點的相處，可以從一個小問題開始。",
    answer: "加 LINE 後不用想正式開場，傳貼圖，或告訴我妳週末喜歡咖啡廳還是戶外走走，都可以。"
  },
  cta: {
    title: "看完資料後，如果妳覺得可以聊聊，歡迎加 LINE 打聲招呼。",
    body: "不用馬上聊很深入。先傳一個貼圖、說一句嗨，或問我照片裡是哪裡，我們從自然一點的方式開始。",
    button: "看完了，加 LINE 認識"
  },
  tracking: {
    lineUrl: "https://line.me/R/ti/p/YOUR_LINE_ID_HERE",
    metaPixelId: "",
    tiktokPixelId: ""
  },
  images: {
    avatar: "./lifestyle-dinner.jpg",
    hero: "./hero-portrait.jpg",
    life1: "./lifestyle-coffee.jpg",
    life2: "./lifestyle-outdoor.jpg",
    life3: "./lifestyle-dinner.jpg",
    life4: "./hero-portrait.jpg",
    life5: "./lifestyle-coffee.jpg",
    life6: "./lifestyle-outdoor.jpg"
  }
};

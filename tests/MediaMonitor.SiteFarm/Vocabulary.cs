namespace MediaMonitor.SiteFarm;

/// <summary>
/// Word lists for generated news pages. Three languages so the pages exercise the same mix of
/// Cyrillic, Kazakh-specific letters and Latin text that the monitored outlets publish.
/// </summary>
internal static class Vocabulary
{
    public static readonly string[] Russian =
    [
        "правительство", "журналист", "редакция", "новости", "министерство", "закон", "суд", "выборы",
        "парламент", "депутат", "общество", "свобода", "пресса", "цензура", "блокировка", "сайт",
        "интернет", "доступ", "регион", "город", "область", "президент", "заявление", "расследование",
        "источник", "информация", "граждане", "экономика", "бюджет", "реформа", "протест", "митинг",
        "полиция", "задержание", "адвокат", "приговор", "штраф", "издание", "телеканал", "радио",
        "газета", "читатели", "комментарий", "официальный", "независимый", "местный", "новый", "важный",
        "сегодня", "вчера", "неделя", "решение", "проект", "программа", "компания", "рынок",
        "цены", "энергетика", "образование", "здравоохранение", "транспорт", "строительство", "погода",
        "сообщил", "отметил", "подчеркнул", "заявил", "рассказал", "опубликовал", "обсудили", "приняли",
    ];

    public static readonly string[] Kazakh =
    [
        "үкімет", "журналист", "жаңалықтар", "министрлік", "заң", "сот", "сайлау", "парламент",
        "депутат", "қоғам", "бостандық", "баспасөз", "цензура", "бұғаттау", "сайт", "интернет",
        "қолжетімділік", "өңір", "қала", "облыс", "президент", "мәлімдеме", "тергеу", "дереккөз",
        "ақпарат", "азаматтар", "экономика", "бюджет", "реформа", "наразылық", "полиция", "адвокат",
        "үкім", "айыппұл", "басылым", "телеарна", "радио", "газет", "оқырмандар", "пікір",
        "ресми", "тәуелсіз", "жергілікті", "жаңа", "маңызды", "бүгін", "кеше", "апта",
        "шешім", "жоба", "бағдарлама", "компания", "нарық", "бағалар", "білім", "денсаулық",
        "көлік", "құрылыс", "ауа райы", "хабарлады", "атап өтті", "мәлімдеді", "жариялады", "талқылады",
        "қабылдады", "Алматы", "Астана", "Шымкент", "Қарағанды", "Өскемен", "Ақтөбе", "һәм",
    ];

    public static readonly string[] English =
    [
        "government", "journalist", "newsroom", "report", "ministry", "law", "court", "election",
        "parliament", "deputy", "society", "freedom", "press", "censorship", "blocking", "website",
        "internet", "access", "region", "city", "province", "president", "statement", "investigation",
        "source", "information", "citizens", "economy", "budget", "reform", "protest", "rally",
        "police", "detention", "lawyer", "verdict", "fine", "outlet", "broadcaster", "radio",
        "newspaper", "readers", "commentary", "official", "independent", "local", "new", "important",
        "today", "yesterday", "week", "decision", "project", "programme", "company", "market",
        "prices", "energy", "education", "healthcare", "transport", "construction", "weather",
        "said", "noted", "stressed", "announced", "told", "published", "discussed", "adopted",
    ];

    public static readonly string[] Authors =
    [
        "Анна Петрова", "Ерлан Сапаров", "Айгерім Нұрланқызы", "Дмитрий Иванов", "Maria Lopez",
        "Асқар Жұмабаев", "Ольга Смирнова", "John Carter", "Динара Қасымова", "Сергей Волков",
    ];

    public static readonly string[] Sections =
    [
        "Политика", "Экономика", "Қоғам", "Мир", "Технологии", "Культура", "Спорт", "Opinion",
    ];
}

/// The demo's words for marks, own rows and routes, in each language the demo speaks.
struct DemoRoutePhrases {
    var evidenceNotes: [String]
    /// With the number of weeks that have a lesson analysis.
    var weeklyNote: String
    var addedAction: String
    var ownRow: (direction: String, content: String, actions: [String], evidence: String)
    var motivation: String
    /// One expected result and product per block of Table 18.
    var blockPlans: [(result: String, product: String)]
    var ownForm: (form: String, result: String, product: String)

    static func forLanguage(_ language: String) -> DemoRoutePhrases {
        switch language {
        case "ru": return russian
        case "en": return english
        default: return kazakh
        }
    }

    static let kazakh = DemoRoutePhrases(
        evidenceNotes: [
            "Әдістемелік бірлестік отырысында баяндама жасадым, хаттама бар.",
            "Ашық сабақ өткіздім; әріптестердің кері байланыс парақтары папкада.",
            "Курсты аяқтап, сертификат алдым.",
            "Мектеп сайтында әдістемелік әзірлеме жарияланды.",
            "Оқушылардың жобалары қалалық байқауға жіберілді.",
            "Тәлімгермен бірге сабақты талдадық, жазбалар сақталды.",
        ],
        weeklyNote: "Damu-да %ld аптаның өзіндік талдаулары бар.",
        addedAction: "Әріптестермен бірлесіп сабақ жоспарлау (Lesson Study)",
        ownRow: ("Цифрлық сауаттылық", "Сабақта цифрлық құралдарды қолдану",
                 ["Онлайн курстан өту", "Интерактивті тапсырмалар банкін жасау"],
                 "Курстың жартысы өтілді, 12 интерактивті тапсырма дайын."),
        motivation: "Үйрене жүріп үйретемін.",
        blockPlans: [
            ("Жаңа әдістерді меңгеру", "Сертификат"),
            ("Тәжірибені әріптестермен бөлісу", "Баяндама, слайдтар"),
            ("Зерттеу нәтижесін талдау", "Мақала"),
            ("Желілік қоғамдастыққа қатысу", "Вебинар жазбасы"),
            ("Тәлімгерлік қолдау көрсету", "Кеңес беру күнделігі"),
            ("Оқушылардың жетістіктері", "Байқау дипломдары"),
            ("Жаңашыл тәсілді енгізу", "Әдістемелік құрал"),
            ("Кәсіби шеберлікті көрсету", "Ашық сабақ бейнежазбасы"),
        ],
        ownForm: ("Педагогикалық подкаст", "Үш шығарылым", "Аудиожазбалар"))

    static let russian = DemoRoutePhrases(
        evidenceNotes: [
            "Выступила на заседании методического объединения, есть протокол.",
            "Провела открытый урок; листы обратной связи коллег в папке.",
            "Окончила курс, получила сертификат.",
            "Методическая разработка опубликована на сайте школы.",
            "Проекты учеников отправлены на городской конкурс.",
            "Разобрали урок с наставником, записи сохранены.",
        ],
        weeklyNote: "Недель с самоанализами уроков в Damu: %ld.",
        addedAction: "Совместное планирование уроков с коллегами (Lesson Study)",
        ownRow: ("Цифровая грамотность", "Цифровые инструменты на уроке",
                 ["Пройти онлайн-курс", "Составить банк интерактивных заданий"],
                 "Половина курса пройдена, готово 12 интерактивных заданий."),
        motivation: "Учу, продолжая учиться.",
        blockPlans: [
            ("Освоить новые методы", "Сертификат"),
            ("Поделиться опытом с коллегами", "Доклад, слайды"),
            ("Проанализировать результаты исследования", "Статья"),
            ("Участвовать в сетевом сообществе", "Запись вебинара"),
            ("Поддержка наставляемых", "Дневник консультаций"),
            ("Достижения учеников", "Дипломы конкурсов"),
            ("Внедрить новый подход", "Методическое пособие"),
            ("Показать профессиональное мастерство", "Видеозапись открытого урока"),
        ],
        ownForm: ("Педагогический подкаст", "Три выпуска", "Аудиозаписи"))

    static let english = DemoRoutePhrases(
        evidenceNotes: [
            "Gave a talk at the subject department meeting; the minutes record it.",
            "Taught an open lesson; colleagues' feedback sheets are in the folder.",
            "Finished the course and received the certificate.",
            "A teaching resource was published on the school website.",
            "Students' projects were sent to the city competition.",
            "Analysed a lesson with the mentor; the notes are kept.",
        ],
        weeklyNote: "Damu holds lesson analyses for %ld weeks.",
        addedAction: "Plan lessons together with colleagues (Lesson Study)",
        ownRow: ("Digital literacy", "Digital tools in lessons",
                 ["Take an online course", "Build a bank of interactive tasks"],
                 "Half of the course done; 12 interactive tasks ready."),
        motivation: "I teach while I keep learning.",
        blockPlans: [
            ("Master new methods", "Certificate"),
            ("Share practice with colleagues", "Talk, slides"),
            ("Analyse the research results", "Article"),
            ("Take part in a network community", "Webinar recording"),
            ("Support mentees", "Consultation log"),
            ("Students' achievements", "Competition diplomas"),
            ("Introduce a new approach", "Teaching guide"),
            ("Show professional mastery", "Video of an open lesson"),
        ],
        ownForm: ("Teaching podcast", "Three episodes", "Audio recordings"))
}

/// Answers the demo teacher writes on the reflection cards, one pool per prompt (at least as many
/// as the prompt's items), in each language.
struct DemoCardTexts: Sendable {
    let language: String
    let annual: [[String]]
    let weekly: [[String]]

    static func forLanguage(_ language: String) -> DemoCardTexts {
        switch language {
        case "ru": return russian
        case "en": return english
        default: return kazakh
        }
    }

    static let kazakh = DemoCardTexts(
        language: "kk",
        annual: [
            ["«Диалог»: оқушылар бір-бірін тыңдап, дәлелмен сөйлеуді үйренді."],
            ["7 Ә сыныбының жобалар қорғауы.", "Ашық сабақтан кейінгі әріптестердің пікірі.", "Ұялшақ оқушының тақтада бірінші рет есеп шығаруы.", "Олимпиадаға дайындалған топтың жетістігі."],
            ["Уақытты жоспарлау қиын болды; бұл маған басымдықты таңдауды үйретті."],
            ["Сұрақ қою және кері байланыс беру."],
            ["Қалыптастырушы бағалаудың жаңа парақтары толық енгізілмеді: уақыт жетпеді."],
            ["Сабақтарым құрылымды бола бастады, кері байланыс нақтырақ, бағалау түсініктірек."],
            ["Әр сабақтың соңында екі минуттық рефлексия жасаймын."],
            ["Тәлімгерім Гүлнарға ашық сабаққа дайындалуға көмектескені үшін."],
            ["Күн сайын серуендеймін.", "Кітап оқимын.", "Отбасыммен саяхатқа шығамын.", "Ұйқы режимін сақтаймын."],
            ["Әріптестермен жиі сабаққа қатысып, тәжірибе алмасу."],
            ["Әр сабақ — жаңа мүмкіндік."],
        ],
        weekly: [
            ["Сабақтың жоспарын уақытында құрдым.", "Топтық жұмысты алғаш рет өткіздім.", "Ата-аналармен кездесуге дайындалдым.", "Оқушылардың дәптерін тексеріп, кері байланыс жаздым."],
            ["Сыныпты басқаруда.", "Сабақты жоспарлауда.", "Оқушылармен қарым-қатынаста."],
            ["Тәлімгердің сабақ басындағы мотивация туралы кеңесі.", "Оқушының «түсінікті болды» деген сөзі."],
            ["Бағалау критерийлерін құру.", "Саралап оқыту."],
            ["Тәлімгерім Гүлнар Маратқызы.", "Әдістемелік бірлестіктің жетекшісі."],
            ["Сабақ басында тәртіп орнатуға уақыт кетеді.", "Кешке жоспар жазуға көп уақыт жұмсаймын."],
            ["«Бас бармақ» әдісі: сейсенбі күні, түсінгендердің санымен өлшеймін.", "Жұптық талқылау: бейсенбі күні, жауап бергендер санымен."],
            ["Әлсіз оқушыға қосымша тапсырманы қалай беремін?", "Сабақ жоспарын қысқарту үшін не істеуге болады?"],
            ["Сағат 23:00-де ұйықтаймын.", "Сабақ алдында үш терең тыныс аламын."],
            ["Тәлімгердің бір сабағына қатысу.", "Жоспарды бір күн бұрын дайындау."],
            ["Сабақ алдында жоспарыма қарап, бір рет күлімсіреймін.", "Сыныпқа кірер алдында терең тыныс аламын."],
        ])

    static let russian = DemoCardTexts(
        language: "ru",
        annual: [
            ["«Диалог»: ученики научились слушать друг друга и говорить с доводами."],
            ["Защита проектов в 7 «Ә» классе.", "Отзыв коллег после открытого урока.", "Застенчивый ученик впервые решил задачу у доски.", "Успех группы, готовившейся к олимпиаде."],
            ["Трудно было планировать время; это научило меня выбирать главное."],
            ["Умение задавать вопросы и давать обратную связь."],
            ["Новые листы формативного оценивания введены не полностью: не хватило времени."],
            ["Уроки стали структурнее, обратная связь конкретнее, оценивание понятнее."],
            ["В конце каждого урока провожу двухминутную рефлексию."],
            ["Наставнику Гульнар за помощь в подготовке открытого урока."],
            ["Каждый день гуляю.", "Читаю книги.", "Путешествую с семьёй.", "Соблюдаю режим сна."],
            ["Чаще посещать уроки коллег и обмениваться опытом."],
            ["Каждый урок — новая возможность."],
        ],
        weekly: [
            ["Вовремя составил(а) план урока.", "Впервые провёл(а) групповую работу.", "Подготовился(ась) к встрече с родителями.", "Проверил(а) тетради и написал(а) отзывы."],
            ["В управлении классом.", "В планировании урока.", "В общении с учениками."],
            ["Совет наставника о мотивации в начале урока.", "Слова ученика «было понятно»."],
            ["Составление критериев оценивания.", "Дифференцированное обучение."],
            ["Мой наставник Гульнар Маратовна.", "Руководитель методического объединения."],
            ["В начале урока уходит время на порядок.", "Вечером много времени трачу на план."],
            ["Приём «большой палец»: во вторник, измерю числом понявших.", "Обсуждение в парах: в четверг, по числу ответивших."],
            ["Как давать дополнительное задание слабому ученику?", "Как сократить план урока?"],
            ["Ложусь спать в 23:00.", "Перед уроком делаю три глубоких вдоха."],
            ["Посетить один урок наставника.", "Готовить план за день."],
            ["Перед уроком смотрю на план и улыбаюсь.", "Перед входом в класс делаю глубокий вдох."],
        ])

    static let english = DemoCardTexts(
        language: "en",
        annual: [
            ["“Dialogue”: learners learned to listen to each other and argue with reasons."],
            ["Grade 7 Ә defending their projects.", "Colleagues' comments after my open lesson.", "A shy learner solving a problem at the board for the first time.", "The olympiad group's success."],
            ["Planning my time was hardest; it taught me to choose what matters most."],
            ["Asking questions and giving feedback."],
            ["The new formative assessment sheets were not fully introduced: there was not enough time."],
            ["My lessons became more structured, feedback more concrete, assessment clearer."],
            ["A two-minute reflection at the end of every lesson."],
            ["My mentor Gulnar, for helping me prepare the open lesson."],
            ["A walk every day.", "Reading books.", "A trip with my family.", "Keeping a sleep routine."],
            ["Visiting colleagues' lessons more often and sharing experience."],
            ["Every lesson is a new chance."],
        ],
        weekly: [
            ["I wrote my lesson plans on time.", "I ran group work for the first time.", "I prepared for the parents' meeting.", "I marked the notebooks and wrote feedback."],
            ["Managing the class.", "Planning lessons.", "Talking with learners."],
            ["My mentor's advice on motivation at the start of a lesson.", "A learner saying “it was clear”."],
            ["Writing assessment criteria.", "Differentiated teaching."],
            ["My mentor Gulnar Maratkyzy.", "The head of the subject department."],
            ["Settling the class at the start takes time.", "I spend long evenings on plans."],
            ["“Thumbs up”: on Tuesday, measured by how many understood.", "Pair discussion: on Thursday, by how many answered."],
            ["How do I give an extra task to a learner who struggles?", "How can I shorten my lesson plan?"],
            ["Asleep by 23:00.", "Three deep breaths before a lesson."],
            ["Sit in on one of my mentor's lessons.", "Prepare the plan a day ahead."],
            ["I look at my plan and smile once before the lesson.", "A deep breath before I enter the classroom."],
        ])
}

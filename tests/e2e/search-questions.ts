/**
 * Questions a journalist might type, each with the article paragraph(s) that answer it
 * (`article-id#anchor`; more than one when several paragraphs state the answer). Written from
 * the articles in content/articles/; used by tests/e2e/search.test.ts: the answering
 * paragraph must be linked from the top three results.
 */
export const QUESTIONS: Array<[question: string, answers: string[]]> = [
	['did Kazakhstan recognize the annexation of Crimea', ['caspian-institute-road-map-2030#p-secondly-the-turbulence-in-global-politics']],
	['suicide bombings in Astana and Aktobe 2011', ['rousseau-strategic-military-relations#p-obvious-geographical-proximity-considerations-and-historical']],
	['Baikonur rent 15 million a year', ['ukdiss-cooperation-to-coercion#p-though-the-highlight-of-this-period']],
	['how long is the border between Russia and Kazakhstan', ['caspian-institute-road-map-2030#p-first-of-all-let-us-define', 'rousseau-strategic-military-relations#p-obvious-geographical-proximity-considerations-and-historical', 'shilibekova-security-relations#p-the-nature-of-russias-relations-with']],
	['Russian exports to Kazakhstan in 2013', ['kusznir-long-alliance#p-in-2013-russian-exports-to-kazakhstan']],
	['Russian direct investment in Kazakhstan', ['kusznir-long-alliance#p-and-since-it-is-more-transparent']],
	['when was EurAsEC established', ['kusznir-long-alliance#p-to-help-achieve-its-postsoviet-economic']],
	['which countries were members of EurAsEC', ['kusznir-long-alliance#p-eurasec-contained-five-member-states-russia']],
	['single electricity and energy market by 2025', ['kusznir-long-alliance#p-the-main-goal-of-the-eeu']],
	['Nazarbayev suggested economic integration 20 years ago', ['kusznir-long-alliance#p-kazakhstan-occupies-a-special-position-in']],
	['Kazakh oil exports through Transneft pipelines', ['kusznir-long-alliance#p-the-two-countries-have-also-developed', 'rousseau-strategic-military-relations#p-one-must-constantly-keep-in-mind']],
	['more than 60 bilateral defence agreements', ['kusznir-long-alliance#p-the-picture-is-similar-on-the', 'rousseau-strategic-military-relations#p-the-military-cooperation-between-kazakhstan-and']],
	['fears of Russian separatism in northern Kazakhstan after Crimea', ['kusznir-long-alliance#p-the-second-question-is-how-russia']],
	['Eurasian Economic Commission staffed mainly by Russians', ['kusznir-long-alliance#p-it-has-also-raised-doubts-over']],
	['what share of the Kazakh population is ethnic Russian', ['rousseau-strategic-military-relations#p-kazakhstans-social-composition-is-extremely-diverse', 'kukeyeva-strategic-partnership#p-the-influence-of-the-russianspeaking-population', 'kusznir-long-alliance#p-over-the-past-two-decades-the']],
	['Russification native Kazakhs a minority in 1989', ['rousseau-strategic-military-relations#p-official-statistics-put-the-population-of']],
	['Virgin Land program in northern Kazakhstan', ['rousseau-strategic-military-relations#p-the-geographic-distribution-of-nationalities-also']],
	['Medvedev Doctrine privileged interests', ['rousseau-strategic-military-relations#p-from-moscows-perspective-maintaining-and-strengthening']],
	['Kazakhstan in NATO Partnership for Peace', ['rousseau-strategic-military-relations#p-despite-russian-efforts-to-expand-the']],
	['joint military exercises within the CSTO in 2010', ['rousseau-strategic-military-relations#p-joint-military-cooperation-fully-involves-almost']],
	['how much of the Kazakhstani information space is Russian media', ['kukeyeva-strategic-partnership#p-in-terms-of-the-influence-of']],
	['Atasu-Alashankou pipeline to China', ['kukeyeva-strategic-partnership#p-nonetheless-kazakhstan-has-begun-working-according']],
	['a food cartel with Astana for grain', ['kukeyeva-strategic-partnership#p-creating-a-food-cartel-with-astana']],
	['Afghanistan the greatest danger to CSTO members', ['kukeyeva-strategic-partnership#p-according-to-russian-politicians-the-afghan']],
	['Path to Europe program', ['kukeyeva-strategic-partnership#p-for-kazakhstan-its-strategic-partnerships-with']],
	['did Kazakhstan recognize Abkhazia and South Ossetia', ['kukeyeva-strategic-partnership#p-according-to-kazakhstani-analysts-russia-expects']],
	['CSTO assistance to Kazakhstan in January 2022', ['caspian-institute-road-map-2030#p-figuratively-speaking-our-countries-are-real']],
	['a special envoy of the Russian president for Central Asia', ['caspian-institute-road-map-2030#p-the-growing-strategic-importance-of-kazakhstan']],
	['Putin re-elected in 2024 and Tokayev until 2029', ['caspian-institute-road-map-2030#p-the-forthcoming-electoral-cycles-in-russia']],
	['treaty signed in Yekaterinburg in 2013', ['ukdiss-cooperation-to-coercion#p-continuing-on-from-the-previous-period']],
	['rumors about Nazarbayev health and succession', ['ukdiss-cooperation-to-coercion#p-discussion-around-kazakhstans-future-must-involve']],
	['how many CIS agreements were ratified', ['ukdiss-cooperation-to-coercion#p-further-political-advances-furthered-regional-integration']],
	['550 years of Kazakh statehood holiday', ['ukdiss-cooperation-to-coercion#p-throughout-the-implementation-of-aggressive-tactics']],
	['China 10 billion for Central Asia through the SCO', ['ukdiss-cooperation-to-coercion#p-growing-influence-of-china-in-central']],
	['border agreement of January 2005', ['ukdiss-cooperation-to-coercion#p-this-period-was-selected-as-the']],
	['CIS border force after the withdrawal from Afghanistan', ['ukdiss-cooperation-to-coercion#p-rising-tensions-were-present-even-in']],
];

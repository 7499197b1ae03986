package extract

import (
	"path/filepath"
	"strings"
	"testing"
)

// The quote and speaker rules, one table keyed by rule name. Every rule has
// at least one positive row (the rule must fire: the quote is found with
// that speaker) and one negative row (a sentence of a similar shape where
// it must not). The sentences are written for these tests.

type quoteRuleRow struct {
	rule string // the rule the row pins
	pos  bool   // a positive row: the quote must be found with speaker
	text string
	// quote is a fragment of the quote's text that picks the quote out.
	quote string
	// speaker is the wanted speaker of a positive row; in a negative row,
	// a speaker the quote must not get, or "" when no quote may hold the
	// fragment at all.
	speaker string
	// outRule, when set, is the wanted Quote.Rule of a positive row.
	outRule string
}

var quoteRuleRows = []quoteRuleRow{
	// sk7: "the federation said" after "The National Federation of Fishing
	// Cooperatives": the name runs on through "of" and its capitals, as it
	// does after a place ("Law Society of Kenya")
	{rule: "body-noun-of-name", pos: true,
		text:  "The National Federation of Fishing Cooperatives met in Bergen on Monday. \"Every boat will stay in port until the quota is fixed,\" the federation said.",
		quote: "Every boat will stay in port", speaker: "National Federation of Fishing Cooperatives"},
	{rule: "body-noun-of-name", pos: false,
		text:  "The National Federation of Fishing Cooperatives met in Bergen on Monday. \"Every boat will stay in port until the quota is fixed,\" the federation said.",
		quote: "Every boat will stay in port", speaker: "National Federation"},
	// sk7: "directives from NAME to "…"": the giver of an order or a call
	// speaks the words quoted after its "to"
	{rule: "order-giver", pos: true,
		text:  "The crackdown began in spring. Leaked files show it grew out of instructions from Marta Vidal to \"spare no village that hid the rebels\".",
		quote: "spare no village", speaker: "Marta Vidal"},
	{rule: "order-giver", pos: false,
		text:  "The crackdown began in spring. Leaked files show the money went from Marta Vidal to \"a fund that nobody could trace\" in Zurich.",
		quote: "a fund that nobody could trace", speaker: "Marta Vidal"},
	// sk7: a family name written first ("Xi Jinping") and then alone:
	// the office holder of that full name
	{rule: "family-name-first", pos: true,
		text:  "Repression deepened under Xi Jinping. The camps grew out of directives from Xi to \"show absolutely no mercy to anyone\" in the region.",
		quote: "show absolutely no mercy", speaker: "Xi Jinping"},
	{rule: "family-name-first", pos: false,
		text:  "Repression deepened under Xi Jinping. The camps grew out of directives from Xi to \"show absolutely no mercy to anyone\" in the region.",
		quote: "show absolutely no mercy", speaker: "Xi"},
	// sk7: "NAME, a spokeswoman for FIRM, which runs …, said": the name
	// after "for" is the body she speaks for, not her name
	{rule: "body-after-preposition", pos: true,
		text:  "Dock workers walked out on Monday. Irene Falk, a spokeswoman for Harbour Cranes Nordic, which operates the northern quay, said the machines would not cost \"a single job on this quay\" this year.",
		quote: "a single job on this quay", speaker: "Irene Falk"},
	{rule: "body-after-preposition", pos: false,
		text:  "Dock workers walked out on Monday. Irene Falk, a spokeswoman for Harbour Cranes Nordic, which operates the northern quay, said the machines would not cost \"a single job on this quay\" this year.",
		quote: "a single job on this quay", speaker: "Harbour Cranes Nordic"},
	// sk7: "Afghanistan's Taliban administration", "the rebel group's Sahel
	// news agency": the body that speaks is the name between the owner
	// and the common noun after it
	{rule: "owned-body-name", pos: true,
		text:  "Fighting resumed near the border town. Somalia's Shabaab administration said in a statement that it was \"ready to talk with every clan elder\" in the region.",
		quote: "ready to talk with every clan elder", speaker: "Shabaab"},
	{rule: "owned-body-name", pos: true,
		text:  "The camp was overrun at dawn. The rebel group's Zawiya news agency said its fighters had seized \"the whole camp and every truck in it\".",
		quote: "the whole camp and every truck", speaker: "Zawiya"},
	{rule: "owned-body-name", pos: false,
		text:  "The camp was overrun at dawn. Chad's Defence Ministry said the rebels had seized \"the whole camp and every truck in it\".",
		quote: "the whole camp and every truck", speaker: "Defence Ministry"},
	// sk7: "a spokesperson, who uses the name Sameer, said": the one name
	// the source goes by is the speaker, and of the statement it issued
	{rule: "uses-the-name", pos: true,
		text:  "In a statement sent to reporters, a spokesman for the rebel command, who uses the name Tariq, said nine fighters had died. \"The army is shelling villages and calling them camps,\" the statement said.",
		quote: "The army is shelling villages", speaker: "Tariq"},
	{rule: "uses-the-name", pos: false,
		text:  "In a statement sent to reporters, a spokesman for the rebel command, who signed in the name Justice, said nine fighters had died. \"The army is shelling villages and calling them camps,\" the statement said.",
		quote: "The army is shelling villages", speaker: "Justice"},
	// sk7: "the 58-year-old former mayor of the city" that no one was
	// named as: the person the paragraph just named, not the one who spoke
	// last; a person named in a comparison ("like NAME") is someone else
	{rule: "aged-role-paragraph", pos: true,
		text:  "Senator Ines Varga claimed victory in the runoff on Sunday.\nThe head of the election board, Paul Brandt, told reporters the count was nearly done.\n\"The count is final,\" Brandt said. \"We ask every party for calm.\"\nThousands of Varga's supporters filled the square of the capital, waving flags. Speaking from a balcony, the 61-year-old former governor of the province promised \"a cabinet for every region of this country\".",
		quote: "a cabinet for every region", speaker: "Ines Varga"},
	{rule: "aged-role-paragraph", pos: false,
		text:  "Senator Ines Varga claimed victory in the runoff on Sunday.\nThe head of the election board, Paul Brandt, told reporters the count was nearly done.\n\"The count is final,\" Brandt said. \"We ask every party for calm.\"\nThousands of Varga's supporters filled the square of the capital, waving flags. Speaking from a balcony, the 61-year-old former governor of the province promised \"a cabinet for every region of this country\".",
		quote: "a cabinet for every region", speaker: "Paul Brandt"},
	{rule: "aged-role-paragraph", pos: false,
		text:  "\"We print every book by hand,\" shop owner Tomas Reyes said. I am writing about Lena Ortiz, who like Reyes was born in Lima. \"We only sell local artists,\" says the 39-year-old founder of Ink Press.",
		quote: "We only sell local artists", speaker: "Tomas Reyes"},
	// sk6: "the 61-year-old former judge said": an age and a role stand
	// for the person named with that role, not the person in focus
	{rule: "aged-role-holder", pos: true,
		text:  "Ruth Okafor, a former judge, will chair the inquiry. Health Secretary Dan Pike said he trusted her. \"Nobody will be spared hard questions,\" the 61-year-old former judge said.",
		quote: "Nobody will be spared", speaker: "Ruth Okafor"},
	{rule: "aged-role-holder", pos: true,
		text:  "Milan Hrasko, a former governor, joined the protest in the province. Police chief Eva Tomsik said the march was peaceful. The 70-year-old former governor promised \"a fight in every court of this land\" on Friday.",
		quote: "a fight in every court", speaker: "Milan Hrasko"},
	{rule: "aged-role-holder", pos: false,
		text:  "Ruth Okafor, a former judge, will chair the inquiry. Health Secretary Dan Pike said he trusted her. \"Nobody will be spared hard questions,\" the 61-year-old former judge said.",
		quote: "Nobody will be spared", speaker: "Dan Pike"},
	// sk6: "the new defence minister said" where the story named both the
	// outgoing holder and the new one: the one it called new
	{rule: "new-holder", pos: true,
		text:  "Interior Minister Sara Lind left office on Friday. Her successor, Jonas Berg, was named the new interior minister by parliament. Lind thanked the police. \"The border will be checked every night,\" the new interior minister said.",
		quote: "The border will be checked", speaker: "Jonas Berg"},
	{rule: "new-holder", pos: true,
		text:  "Governor Tom Reeve stepped down after ten years. The state senate confirmed Maria Costa as the incoming governor on Monday. Reeve wished her well. \"Schools come first,\" the incoming governor said.",
		quote: "Schools come first", speaker: "Maria Costa"},
	{rule: "new-holder", pos: false,
		text:  "Interior Minister Sara Lind left office on Friday. Her successor, Jonas Berg, was named the new interior minister by parliament. Lind thanked the police. \"The border will be checked every night,\" the new interior minister said.",
		quote: "The border will be checked", speaker: "Sara Lind"},
	// sk6: "Sergeant First Class NAME said": the grade is read whole, and
	// the speaker is the name after it
	{rule: "whole-grade", pos: true,
		text:  "A mine hit the convoy near the base. \"We heard it before we saw it,\" Sergeant First Class Nora Quill said.",
		quote: "We heard it before", speaker: "Nora Quill"},
	{rule: "whole-grade", pos: false,
		text:  "A mine hit the convoy near the base. \"We heard it before we saw it,\" Sergeant First Class Nora Quill said.",
		quote: "We heard it before", speaker: "Class Nora Quill"},
	// sk6: an adjective that describes a named body ("opposition",
	// "ruling", "main") is no part of its name; before a lower-case noun
	// it stays with the description
	{rule: "body-epithet", pos: true,
		text:  "Parliament passed the budget late on Tuesday. \"This budget robs pensioners to pay for ministers,\" the opposition Civic Renewal Party said in a statement.",
		quote: "This budget robs pensioners", speaker: "Civic Renewal Party"},
	{rule: "body-epithet", pos: true,
		text:  "The strike entered its third week. \"No worker will be paid less than last year,\" the main opposition Workers Alliance said.",
		quote: "No worker will be paid", speaker: "Workers Alliance"},
	{rule: "body-epithet", pos: false,
		text:  "The strike entered its third week. \"No worker will be paid less than last year,\" the main opposition Workers Alliance said.",
		quote: "No worker will be paid", speaker: "main opposition Workers Alliance"},
	{rule: "body-epithet", pos: false,
		text:  "The strike entered its third week. Opposition leader Vera Maric spoke to miners. \"No worker will be paid less than last year,\" the opposition leader said.",
		quote: "No worker will be paid", speaker: "leader"},
	// fx6o (r26): "Mrs NAME" after "Anna and Piotr NAME" is Anna, who
	// keeps her given name's gender; "Mr NAME" is Piotr
	{rule: "honorific-namesake", pos: true,
		text:  "Parents said the inquiry came too late. Anna and Piotr Wozniak, whose son died in 2021, said nobody had listened. \"We asked for help every single day,\" Mrs Wozniak said.",
		quote: "We asked for help", speaker: "Anna Wozniak"},
	{rule: "honorific-namesake", pos: false,
		text:  "Parents said the inquiry came too late. Anna and Piotr Wozniak, whose son died in 2021, said nobody had listened. \"We asked for help every single day,\" Mr Wozniak said.",
		quote: "We asked for help", speaker: "Anna Wozniak"},
	// fx6o (r26): "NAME met the army chief ... and said": the verb joined
	// by "and" is the subject's, not the object's; "X and Y said" keeps
	// the name nearest
	{rule: "coordinated-speech-verb", pos: true,
		text:  "Clashes went on at the border. Interior Minister Karim Nassar visited army chief General Rami Aoun on Sunday and said the troops would stay \"as long as the shooting lasts.\"",
		quote: "as long as the shooting", speaker: "Karim Nassar"},
	{rule: "coordinated-speech-verb", pos: false,
		text:  "Clashes went on at the border. Interior Minister Karim Nassar visited the front, and army chief General Rami Aoun said the troops would stay \"as long as the shooting lasts.\"",
		quote: "as long as the shooting", speaker: "Karim Nassar"},
	// fx6o (r26): "A Ministry of X spokesperson said ... the ministry
	// said": the body's name after the article, over "of" and capitals
	{rule: "body-name-after-article", pos: true,
		text:  "A report found failures at the hospital. A Ministry of Health and Social Services spokesperson said the findings were grave. \"Every family deserves answers from us,\" the ministry said.",
		quote: "Every family deserves", speaker: "Ministry of Health and Social Services"},
	{rule: "body-name-after-article", pos: false,
		text:  "A report found failures at the hospital. A Ministry of Health and Social Services spokesperson said the findings were grave. \"Every family deserves answers from us,\" the ministry said.",
		quote: "Every family deserves", speaker: "A Ministry"},
	// sk3: an aside "the captain said" inside a sentence about someone
	// else makes the captain (named with that role) the one a later "he
	// said" stands for, not the sentence's subject; an aside whose role no
	// one named holds does not
	{rule: "role-aside-speaker", pos: true,
		text:  "Police Captain Owen Reyes said officers reached the cafe at 11 p.m. and found one man wounded.\nA suspect, Ivo Marsh, 35, was arrested an hour later, Reyes said. Marsh had argued with a waiter over the bill and walked out, the captain said, then came back with a knife. \"We don't think the attacker knew anyone in that cafe,\" he said.",
		quote: "We don't think the attacker", speaker: "Owen Reyes"},
	{rule: "role-aside-speaker", pos: false,
		text:  "Police Captain Owen Reyes said officers reached the cafe at 11 p.m. and found one man wounded.\nA suspect, Ivo Marsh, 35, was arrested an hour later, Reyes said. Marsh had argued with a waiter over the bill and walked out, the cook said, then came back with a knife. \"We don't think the attacker knew anyone in that cafe,\" he said.",
		quote: "We don't think the attacker", speaker: "Owen Reyes"},
	// sk3: a description that is itself the subject of "is" ("Years
	// later, the former admiral is Nigeria's minister") is the person in
	// focus there, whom a later "The former admiral told ... he told"
	// stands for; a description that names its holder is that holder
	{rule: "epithet-subject-of-link", pos: true,
		text:  "Marcus Oyelaran spent twenty years at sea. Four years after leaving the navy, the former admiral is Nigeria's minister of coastal affairs. He has closed two ports since.\nHis old friend, Dayo Akande, a retired police superintendent, runs a shipyard. \"He never listens to anyone,\" Akande said.\nThe former admiral told lawmakers in May that the ports would reopen by December. \"You may call me back here if they do not,\" he told them.",
		quote: "You may call me back", speaker: "Marcus Oyelaran"},
	{rule: "epithet-subject-of-link", pos: false,
		text:  "Marcus Oyelaran spent twenty years at sea. Musa Bello, the former admiral, is Nigeria's minister of coastal affairs. He has closed two ports since.\nHis old friend, Dayo Akande, a retired police superintendent, runs a shipyard. \"He never listens to anyone,\" Akande said.\nThe former admiral told lawmakers in May that the ports would reopen by December. \"You may call me back here if they do not,\" he told them.",
		quote: "You may call me back", speaker: "Marcus Oyelaran"},
	// sk3: "the 58-year-old former mayor said" is the one person the story
	// gave that age, though someone else spoke since; two of that age
	// leave it to the person in focus
	{rule: "age-of-one-person", pos: true,
		text:  "Voters in Lesna chose Pavel Dvorak, 58, a former mayor, as their candidate on Tuesday.\nHis rival, Jana Sykorova, conceded defeat. \"The voters have spoken,\" Sykorova said. She thanked her staff.\n\"This town deserves better roads,\" the 58-year-old former mayor said after the count.",
		quote: "This town deserves", speaker: "Pavel Dvorak"},
	{rule: "age-of-one-person", pos: false,
		text:  "Voters in Lesna chose Pavel Dvorak, 58, a former mayor, as their candidate on Tuesday.\nHis rival, Jana Sykorova, 58, conceded defeat. \"The voters have spoken,\" Sykorova said. She thanked her staff.\n\"This town deserves better roads,\" the 58-year-old former mayor said after the count.",
		quote: "This town deserves", speaker: "Pavel Dvorak"},
	// sk3: "The younger Taufa, asked ..., said" opens its sentence as its
	// subject, past "the younger" and the aside, and is the nephew a
	// later "he said" stands for; "older" picks as "elder" does
	{rule: "generation-subject", pos: true,
		text:  "Two ministers named Taufa spoke: Tonga's prime minister, Sione Taufa, and his nephew Kalo Taufa, the police minister.\nThe older Taufa said the academy would open in May. The younger Taufa, asked how many officers each island could send, said the figure was a ceiling. \"Some islands have fewer than fifty police in all,\" he said.",
		quote: "Some islands have fewer", speaker: "Kalo Taufa"},
	{rule: "generation-subject", pos: false,
		text:  "Two ministers named Taufa spoke: Tonga's prime minister, Sione Taufa, and his nephew Kalo Taufa, the police minister.\nThe older Taufa said the academy would open in May. Asked how many officers each island could send, the younger Taufa's aide said the figure was a ceiling. \"Some islands have fewer than fifty police in all,\" he said.",
		quote: "Some islands have fewer", speaker: "Kalo Taufa"},
	// sk3: of two people sharing a surname, the surname alone is the one
	// that the honorific before it, an age before it, "the younger" or
	// "the elder", or the first "he" or "she" after it in its sentence
	// fits; when both fit (or the text gives no gender or age), the one
	// named last
	{rule: "shared-surname-fit", pos: true,
		text:  "Finance Minister Kwaku Boateng, 61, met union leaders on Monday, while Efua Boateng, a 34-year-old teacher, led a march outside.\n\"We cannot pay more this year,\" Mr Boateng said.",
		quote: "We cannot pay more", speaker: "Kwaku Boateng"},
	{rule: "shared-surname-fit", pos: false,
		text:  "Finance Minister Kwaku Boateng, 61, met union leaders on Monday, while Kofi Boateng, a 34-year-old teacher, led a march outside.\n\"We cannot pay more this year,\" Mr Boateng said.",
		quote: "We cannot pay more", speaker: "Kwaku Boateng"},
	{rule: "shared-surname-fit", pos: true,
		text:  "Finance Minister Kwaku Boateng, 61, met union leaders on Monday, while Efua Boateng, a 34-year-old teacher, led a march outside.\n\"The treasury is empty,\" the 61-year-old Boateng said.",
		quote: "The treasury is empty", speaker: "Kwaku Boateng"},
	{rule: "shared-surname-fit", pos: false,
		text:  "Finance Minister Kwaku Boateng met union leaders on Monday, while Kofi Boateng, a teacher, led a march outside.\n\"The treasury is empty,\" the 61-year-old Boateng said.",
		quote: "The treasury is empty", speaker: "Kwaku Boateng"},
	{rule: "shared-surname-fit", pos: true,
		text:  "Finance Minister Kwaku Boateng, 61, met union leaders on Monday, while Efua Boateng, a 34-year-old teacher, led a march outside.\n\"The budget is fixed,\" Boateng said, adding that he would not resign.",
		quote: "The budget is fixed", speaker: "Kwaku Boateng"},
	{rule: "shared-surname-fit", pos: false,
		text:  "Finance Minister Kwaku Boateng, 61, met union leaders on Monday, while Efua Boateng, a 34-year-old teacher, led a march outside.\n\"The budget is fixed,\" Boateng said, adding that the union would march again.",
		quote: "The budget is fixed", speaker: "Kwaku Boateng"},
	{rule: "shared-surname-fit", pos: true,
		text:  "Finance Minister Kwaku Boateng, 61, met union leaders on Monday, while Kofi Boateng, a 34-year-old teacher, led a march outside.\n\"I have run this ministry for ten years,\" the elder Boateng said.",
		quote: "I have run this ministry", speaker: "Kwaku Boateng"},
	// sk3: "her father said" (or a sentence that "Her father" opens
	// before "he said"), when no one was introduced as her father, is the
	// one man who shares the surname of the woman "her" stands for; two
	// such men leave it open
	{rule: "kin-of-surname", pos: true,
		text:  "Lucia Ferro, 30, runs the bakery her family opened in 1962. Marco Ferro still bakes the bread at dawn.\nLucia Ferro showed the ovens to visitors. \"We never closed, not even in the war,\" her father said.",
		quote: "We never closed", speaker: "Marco Ferro"},
	{rule: "kin-of-surname", pos: false,
		text:  "Darnell Cole, 17, was hurt outside his school on Monday. Cole's grandfather, Walter Cole, said the family was praying. \"We need answers,\" the grandfather said.\nCole's father said he was heartbroken. \"My boy did nothing wrong,\" his father said.",
		quote: "My boy did nothing wrong", speaker: "Darnell Cole"},
	{rule: "kin-of-surname", pos: false,
		text:  "Lucia Ferro, 30, runs the bakery her family opened in 1962. Marco Ferro and Paolo Ferro still bake the bread at dawn.\nLucia Ferro showed the ovens to visitors. \"We never closed, not even in the war,\" her father said.",
		quote: "We never closed", speaker: "Marco Ferro"},
	{rule: "kin-of-surname", pos: true,
		text:  "Lucia Ferro, 30, runs the bakery her family opened in 1962. Marco Ferro still bakes the bread at dawn. A neighbour, Tomas Reyes, buys a loaf every day.\nLucia Ferro showed the ovens to visitors. Her father, flour on his hands, smiled. \"We never closed, not even in the war,\" he said.",
		quote: "We never closed", speaker: "Marco Ferro"},
	{rule: "kin-of-surname", pos: false,
		text:  "Lucia Ferro, 30, runs the bakery her family opened in 1962. Marco Ferro and Paolo Ferro still bake the bread at dawn. A neighbour, Tomas Reyes, buys a loaf every day.\nLucia Ferro showed the ovens to visitors. Her father, flour on his hands, smiled. \"We never closed, not even in the war,\" he said.",
		quote: "We never closed", speaker: "Marco Ferro"},
	// sk3: a title word that opens a name the office-holders gazetteer
	// knows in full is the holder's given name ("Gen" of Japan's defence
	// minister); written with its full stop it is the rank
	{rule: "holder-name-opens-with-title-word", pos: true,
		text:  "Defence Minister Gen Nakatani inspected the destroyer in Yokosuka on Monday. \"The crew is ready for a long deployment,\" Nakatani told reporters.",
		quote: "The crew is ready", speaker: "Gen Nakatani"},
	{rule: "holder-name-opens-with-title-word", pos: false,
		text:  "Defence Minister Gen. Nakatani inspected the destroyer in Yokosuka on Monday. \"The crew is ready for a long deployment,\" Nakatani told reporters.",
		quote: "The crew is ready", speaker: "Gen Nakatani"},
	// sk3: a peer's title before a given name and a surname that the text
	// also writes without it ("Baron Tevita Lomu ... Tevita Lomu said") is
	// the person's given name; before a surname alone it is the title
	{rule: "peer-title-given-name", pos: true,
		text:  "The council's chair, Baron Tevita Lomu, opened the session in Nuku'alofa. \"Nobody will be left out of these talks,\" Tevita Lomu said.",
		quote: "Nobody will be left out", speaker: "Baron Tevita Lomu"},
	{rule: "peer-title-given-name", pos: false,
		text:  "The council's chair, Baron Tevita Lomu, opened the session in Nuku'alofa. \"Nobody will be left out of these talks,\" Baron Lomu said.",
		quote: "Nobody will be left out", speaker: "Baron Tevita Lomu"},
	// sk3: "her brother said", when no one was introduced as a brother,
	// is the one introduced as the family's "other son" (a brother of the
	// son named first); a son introduced without "other" is the one the
	// pronoun may stand for, never his own brother
	{rule: "sibling-as-other-child", pos: true,
		text:  "A farmer, Peter Osei, and his son, Kwabena Osei, 22, drowned when the river burst its banks.\nMr Osei's other son, Yaw Osei, spoke at the funeral. \"He taught us both to swim,\" he said.\n\"We still cannot believe the river took him,\" his brother said.",
		quote: "We still cannot believe", speaker: "Yaw Osei"},
	{rule: "sibling-as-other-child", pos: false,
		text:  "A farmer, Peter Osei, and his son, Kwabena Osei, 22, drowned when the river burst its banks.\nMr Osei's son, Yaw Osei, spoke at the funeral. \"He taught us both to swim,\" he said.\n\"We still cannot believe the river took him,\" his brother said.",
		quote: "We still cannot believe", speaker: "Yaw Osei"},
	// sk3: "the national Paralympic committee said" is the body the story
	// named with those words in capitals, by its whole name; words the
	// story never wrote in capitals name no body
	{rule: "body-written-in-capitals", pos: true,
		text:  "The National Paralympic Committee of Ghana will send 12 athletes to the games. \"Our athletes have trained for four years,\" the national Paralympic committee said.",
		quote: "Our athletes have trained", speaker: "National Paralympic Committee of Ghana"},
	{rule: "body-written-in-capitals", pos: false,
		text:  "Ghana will send 12 athletes to the National Paralympic Games in Accra. \"Our athletes have trained for four years,\" the national Paralympic committee said.",
		quote: "Our athletes have trained", speaker: "National Paralympic Games"},
	// sk3: "the ministry said" is the ministry named last by a name its
	// noun opens ("Ministry of Water and Sanitation"), not a body of
	// another kind that spoke before it; a lower-case "of" phrase names none
	{rule: "body-noun-opens-name", pos: true,
		text:  "Flooding has displaced 9,000 people, the Red Cross said on Monday. Figures came from Malawi's Ministry of Water and Sanitation, which counted 40 broken wells.\nThe ministry said in a statement that \"every district will have clean water by Friday\".",
		quote: "every district will have", speaker: "Ministry of Water and Sanitation"},
	{rule: "body-noun-opens-name", pos: false,
		text:  "Flooding has displaced 9,000 people, the Red Cross said on Monday. Figures came from the ministry of the interior, which counted 40 broken wells.\nThe ministry said in a statement that \"every district will have clean water by Friday\".",
		quote: "every district will have", speaker: "Ministry of Water and Sanitation"},
	// sk3: "The committee, known as ARCO, said" is the body its name in
	// the apposition gives; an apposition of lower-case words gives none
	{rule: "body-noun-known-as", pos: true,
		text:  "The national rowing committee, known as ARCO, said in a statement that the ban was \"a temporary step to protect the crews\".",
		quote: "a temporary step", speaker: "ARCO"},
	{rule: "body-noun-known-as", pos: false,
		text:  "The committee, known for its caution, said in a statement that the ban was \"a temporary step to protect the crews\".",
		quote: "a temporary step", speaker: "ARCO"},
	// sk3: a firm named for its trade ("Dravo Copper Mining") is no
	// person, and a bare "Dravo said" is that firm by its fuller name; a
	// one-word name the text never writes with a firm's word stays as it is
	{rule: "firm-trade-word", pos: true,
		text:  "Dravo Copper Mining halted work on Monday after a blast. Dravo said the explosion had been caused by \"a sudden build-up of gas in the shaft\".",
		quote: "a sudden build-up", speaker: "Dravo Copper Mining"},
	{rule: "firm-trade-word", pos: false,
		text:  "Dravo, a copper miner, halted work on Monday after a blast. Dravo said the explosion had been caused by \"a sudden build-up of gas in the shaft\".",
		quote: "a sudden build-up", speaker: "Dravo Copper Mining"},
	// sk3: a role the story gave someone in its own words, in an
	// apposition or as what they became ("was named", "is"), is who a later
	// "the ROLE said" stands for when no title holds it; the same words
	// describing someone who is no named person leave the role alone
	{rule: "described-holder", pos: true,
		text:  "Pay talks broke down at Harwick Foods on Monday. Delia Moran, the group's chief supply chain officer, said stores had stock for a week. The union said it would strike on Friday. Asked about the strike, the chief supply chain officer said shelves would \"stay full whatever happens next\".",
		quote: "stay full whatever", speaker: "Delia Moran"},
	{rule: "described-holder", pos: false,
		text:  "Pay talks broke down at Harwick Foods on Monday. Delia Moran, a shopper, said stores had stock for a week. The union said it would strike on Friday. Asked about the strike, the chief supply chain officer said shelves would \"stay full whatever happens next\".",
		quote: "stay full whatever", speaker: "Delia Moran"},
	{rule: "described-holder", pos: true,
		text:  "Marcus Oyelaran spent twenty years at sea. Four years after leaving the navy, the former admiral is Nigeria's minister of coastal affairs.\nHe has closed two ports. \"We guard every harbour now,\" the minister said.",
		quote: "We guard every harbour", speaker: "Marcus Oyelaran"},
	{rule: "described-holder", pos: false,
		text:  "Marcus Oyelaran spent twenty years at sea. Four years after leaving the navy, the former admiral is a critic of the minister of coastal affairs.\nHe has closed two ports. \"We guard every harbour now,\" the minister said.",
		quote: "We guard every harbour", speaker: "Marcus Oyelaran"},
	{rule: "described-holder", pos: true,
		text:  "Rachel Dunmore was named chief people officer of the retailer in January. Staff have since been told to expect cuts. \"Nobody will lose a job without an offer of another,\" the chief people officer said.",
		quote: "Nobody will lose a job", speaker: "Rachel Dunmore"},
	{rule: "described-holder", pos: false,
		text:  "Rachel Dunmore, a cashier, spoke to the chief people officer in January. Staff have since been told to expect cuts. \"Nobody will lose a job without an offer of another,\" the chief people officer said.",
		quote: "Nobody will lose a job", speaker: "Rachel Dunmore"},
	// sk2: "the chief operating officer said" is whoever holds a title
	// ending in that noun (its head is "chief"), when the title holds the
	// phrase's other words; another chief's title does not
	{rule: "title-ends-in-noun", pos: true,
		text:  "Strikes hit the airline on Monday. Annette Brenner, the airline's chief operating officer, said the offer stood. The union said it would vote on Thursday. The chief operating officer said the airline \"will not give in to threats\".",
		quote: "will not give in", speaker: "Annette Brenner"},
	{rule: "title-ends-in-noun", pos: false,
		text:  "Strikes hit the airline on Monday. Annette Brenner, the airline's chief operating officer, said the offer stood. The union said it would vote on Thursday. The chief marketing officer said the airline \"will not give in to threats\".",
		quote: "will not give in", speaker: "Annette Brenner"},
	// sk2: a written-out rank of two words ("Colonel General") between
	// the comma and the name leaves the title before the comma to the
	// person, so "the minister said" finds him; a chief of staff is none
	{rule: "rank-after-title-comma", pos: true,
		text:  "Vartan Melikyan, a former Armenian defence minister, opened the exercise on Monday. Armenia's defence minister, Colonel General Aram Sarkisyan, said the drills would last a week. \"Our units are ready for any weather,\" the minister said.",
		quote: "Our units are ready", speaker: "Aram Sarkisyan"},
	{rule: "rank-after-title-comma", pos: false,
		text:  "Defence Minister Vartan Melikyan opened the exercise on Monday. The army's chief of staff, Colonel General Aram Sarkisyan, said the drills would last a week. \"Our units are ready for any weather,\" the minister said.",
		quote: "Our units are ready", speaker: "Aram Sarkisyan"},
	// sk2: a quote that speaks of "him" after the speaker spoke of the
	// man just named is the speaker's, not that man's; a quote in the first
	// person alone stays with the man just named
	{rule: "quote-speaks-of-named", pos: true,
		text:  "Kestrel Rovers manager Owen Tallis warned that winger Dario Fenn needed a long rest. Fenn, 22, was named young player of the season in May but has looked tired since. \"It's his first full season and he has carried the side,\" he said.",
		quote: "his first full season", speaker: "Owen Tallis"},
	{rule: "quote-speaks-of-named", pos: false,
		text:  "Kestrel Rovers manager Owen Tallis warned that winger Dario Fenn needed a long rest. Fenn, 22, was named young player of the season in May but has looked tired since. \"It's my first full season and I have carried the side,\" he said.",
		quote: "my first full season", speaker: "Owen Tallis"},
	// gq2: "The regulator, NAME, …" names the body a later "the regulator
	// said" stands for; no name between the commas names none
	{rule: "body-noun-then-name", pos: true,
		text:  "The company, Orkney Tidal Power, opened a plant on Monday. \"Savers deserve answers about these fees,\" the company said.",
		quote: "Savers deserve answers", speaker: "Orkney Tidal Power"},
	{rule: "body-noun-then-name", pos: true,
		text:  "Marta Lind, a saver, complained in March. The regulator, Nordic Savings Authority, opened an inquiry. \"Savers deserve answers about these fees,\" the regulator said.",
		quote: "Savers deserve answers", speaker: "Nordic Savings Authority"},
	{rule: "body-noun-then-name", pos: false,
		text:  "Marta Lind, a saver, complained in March. The regulator, Marta Lind said, opened an inquiry. \"Savers deserve answers about these fees,\" the regulator said.",
		quote: "Savers deserve answers", speaker: "Marta Lind"},
	// gq2: an "'s" inside a body's name of capitals ("Women's") does not
	// end the name "the council said" reads back; a place's does
	{rule: "possessive-in-body-name", pos: true,
		text:  "The Irish Women's Council met on Monday. The council said the plan was \"a step backwards for rural families\".",
		quote: "a step backwards", speaker: "Irish Women's Council"},
	{rule: "possessive-in-body-name", pos: false,
		text:  "Ireland's Rural Council met on Monday. The council said the plan was \"a step backwards for rural families\".",
		quote: "a step backwards", speaker: "Ireland's Rural Council"},
	// gq2: the text's "NAME said she" (and no "NAME said he") overrules a
	// given name the list calls a man's, for a later "she said"; where the
	// text says "he", the name list stands
	{rule: "pronoun-over-name-list", pos: true,
		text:  "Carla Ruiz, a nurse, described the ward. \"We had no beds,\" she said.\n\nPatrice Moreau, who runs the clinic, arrived later. \"We had no doctors either,\" she said.\n\nMoreau said she would write to the minister.",
		quote: "We had no doctors either", speaker: "Patrice Moreau"},
	{rule: "pronoun-over-name-list", pos: false,
		text:  "Carla Ruiz, a nurse, described the ward. \"We had no beds,\" she said.\n\nPatrice Moreau, who runs the clinic, arrived later. \"We had no doctors either,\" she said.\n\nMoreau said he would write to the minister.",
		quote: "We had no doctors either", speaker: "Patrice Moreau"},
	{rule: "pronoun-over-name-list", pos: false,
		text:  "Carla Ruiz, a nurse, described the ward. \"We had no beds,\" she said.\n\nPatrice Moreau, who runs the clinic, arrived later.\n\n\"We had no doctors either,\" she said.\n\nRuiz was hurt in the crush. She is resting now. Moreau said she would recover.",
		quote: "We had no doctors either", speaker: "Patrice Moreau"},
	{rule: "pronoun-over-name-list", pos: false,
		text:  "Carla Ruiz, a nurse, described the ward. \"We had no beds,\" she said.\n\nPatrice Moreau and his wife, Ines Moreau, run the clinic. \"We had no doctors either,\" she said.\n\nMoreau said she would write to the minister.",
		quote: "We had no doctors either", speaker: "Patrice Moreau"},
	// gq2: a subject of capitals alone (no given name, no title, no
	// gender, always the same words) that said something is the body a
	// later "the utility said" or "it said" means, through a noun for a
	// body that itself spoke; a person's name there (a given name) is not
	{rule: "unproven-name-body", pos: true,
		text:  "Tarn Valley Power said on Friday that a storm had cut three lines.\n\n\"We are sorry for the delay,\" the company said.",
		quote: "We are sorry for the delay", speaker: "Tarn Valley Power"},
	{rule: "unproven-name-body", pos: true,
		text:  "NS Rail said on Friday that a storm had cut three lines. Crews worked all night, the operator said.\n\n\"We are sorry for the delay,\" it said.",
		quote: "We are sorry for the delay", speaker: "NS Rail"},
	{rule: "unproven-name-body", pos: false,
		text:  "Martin Kowalczyk said on Friday that a storm had cut three lines.\n\n\"We are sorry for the delay,\" the company said.",
		quote: "We are sorry for the delay", speaker: "Martin Kowalczyk"},
	{rule: "unproven-name-body", pos: false,
		text:  "Two miners freed from Tarn Valley Pit told reporters they were cold.\n\n\"We are sorry for the delay,\" it said.",
		quote: "We are sorry for the delay", speaker: "Tarn Valley Pit"},
	{rule: "unproven-name-body", pos: false,
		text:  "Tarn Valley Power said on Friday that a storm had cut three lines. Tarn said he was tired.\n\n\"We are sorry for the delay,\" the company said.",
		quote: "We are sorry for the delay", speaker: "Tarn Valley Power"},
	// r19a: "NAME, TITLE, who VERB ... "…"" after the sentence's opening:
	// the relative pronoun stands for the person the title describes; a
	// description that is no title leaves the relative unresolved
	{rule: "who-after-title", pos: true,
		text:  "Also present was Ritu Anand Sharma, India's ambassador to Bhutan, who described the agreement as \"a gift to the whole sub-region\".",
		quote: "a gift to the whole", speaker: "Ritu Anand Sharma"},
	{rule: "who-after-title", pos: true,
		text:  "The talks were attended by Ritu Anand Sharma, the ambassador, who said the agreement was \"a gift to the whole sub-region\".",
		quote: "a gift to the whole", speaker: "Ritu Anand Sharma"},
	{rule: "who-after-title", pos: false,
		text:  "The talks were attended by Ritu Anand Sharma, a friend of the minister, who said the agreement was \"a gift to the whole sub-region\".",
		quote: "a gift to the whole", speaker: "Ritu Anand Sharma"},
	// gq1: "Schumer, he said, "knows …"": a name the comma sets before a
	// speaker set off by commas is the subject of the words reported, and
	// no one "he" stands for; without the commas the name speaks
	{rule: "fronted-name", pos: true,
		text:  "Sen. Chuck Schumer met his caucus on Monday. “It is an old thing,” said Sen. Richard Blumenthal. Schumer, he said, “knows the minds and hearts of his colleagues.”",
		quote: "knows the minds", speaker: "Richard Blumenthal"},
	{rule: "fronted-name", pos: false,
		text:  "Sen. Richard Blumenthal met Sen. Chuck Schumer on Monday. Schumer said he “knows the minds and hearts of his colleagues.”",
		quote: "knows the minds", speaker: "Richard Blumenthal"},
	// gq1: a name after a preposition ("who like Montalban was born") is
	// no clause's subject, and a name that a relative clause describes
	// ("Alfonso Espinos, who …") is in focus: "says the 39-year-old
	// founder" is Espinos; a name that opens its own sentence is a subject
	{rule: "preposition-object", pos: true,
		text:  "No, I am not talking about Ricardo Montalban, who played Mr. Roarke on television.\n\nAlfonso Espinos and Andre Campbell stand inside the shop. The shop is an indie publisher.\n\nI am talking about Alfonso Espinos, who like Montalban was born in Mexico. “We dedicate ourselves to local creators,” says the 39-year-old founder of the press.",
		quote: "We dedicate ourselves", speaker: "Alfonso Espinos"},
	{rule: "preposition-object", pos: false,
		text:  "No, I am not talking about Ricardo Montalban, who played Mr. Roarke on television.\n\nAlfonso Espinos and Andre Campbell stand inside the shop. The shop is an indie publisher.\n\nI am talking about Alfonso Espinos. Montalban was born in Mexico. “We dedicate ourselves to local creators,” says the 79-year-old actor.",
		quote: "We dedicate ourselves", speaker: "Alfonso Espinos"},
	{rule: "preposition-object", pos: false,
		text:  "Michael Owen scored the first goal for Real Madrid. Ivan Helguera headed past the keeper to seal victory. Victory took Real to within six points of leaders Barcelona and Owen is confident Real can close the gap. He added: \"We had several chances against Betis and we can get back in touch.\"",
		quote: "We had several chances", speaker: "Ivan Helguera"},
	// gq1: "the coach admitted" is the person the noun described right
	// before the name ("England coach Andy Robinson"), unless the noun
	// brought someone else in since ("One neighbor, who did not want to be
	// identified,")
	{rule: "noun-before-name", pos: true,
		text:  "England coach Andy Robinson named his side on Monday. Olly Barkley replaced debutant Mathew Tait before the hour.\n\nTait, given little chance in attack, received praise afterwards, even if the coach admitted Cardiff was an \"unforgiving place for a teenager\".",
		quote: "unforgiving place", speaker: "Andy Robinson"},
	{rule: "noun-before-name", pos: false,
		text:  "\"A little girl,\" said neighbor Abraham Oliva. \"How does a little girl get shot?\"\n\nOne neighbor, who did not want to be identified, said the area was too dangerous at night.\n\n\"It's upsetting because I have grandkids around that age,\" said the neighbor.",
		quote: "It's upsetting", speaker: "Abraham Oliva"},
	// gq1: a person whose name tells no gender, once a sentence-opening
	// "He" stood for him, is not a later "she said" when a woman fits; a
	// later "he said" is still his
	{rule: "chained-gender", pos: true,
		text:  "Police charged Jordan Mason on Tuesday.\n\nMelissa Borck, who grew up in the neighborhood, said Mason could be standoffish.\n\nShe was headed to the store at 5 a.m. when she saw Mason sitting in his car. He motioned for her to come over, a neighbor said, but she refused.\n\n“Happened right after that,” she said.",
		quote: "Happened right after that", speaker: "Melissa Borck"},
	{rule: "chained-gender", pos: false,
		text:  "Police charged Jordan Mason on Tuesday.\n\nMelissa Borck, who grew up in the neighborhood, said Mason could be standoffish.\n\nShe was headed to the store at 5 a.m. when she saw Mason sitting in his car. He motioned for her to come over, a neighbor said, but she refused.\n\n“I was only being friendly,” he said.",
		quote: "I was only being friendly", speaker: "Melissa Borck"},
	// gq1: one word that an apposition headed by a noun for a person
	// describes ("Yuni, a resident of Lampung,") names a person, whose
	// "she said" follows; a noun for a person that only modifies the head
	// ("Seventeen, a student band,") names no one
	{rule: "one-name-described", pos: true,
		text:  "Yuni, a resident of Lampung in Sumatra, was watching television at home when the water came.\n\n“I heard a rumbling sound and I thought it was the wind,” she said.",
		quote: "I heard a rumbling sound", speaker: "Yuni"},
	{rule: "one-name-described", pos: false,
		text:  "Seventeen, a student band from Jakarta, was playing on the beach when the water came.\n\n“I heard a rumbling sound and I thought it was the wind,” she said.",
		quote: "I heard a rumbling sound", speaker: "Seventeen"},
	// gq1: a name set against an outlet by a slash under a caption
	// credits the photograph, "(NAME / CBC News)", "(Photo: NAME /
	// The Gleaner)": no one of the story, so a later "she added" is not
	// the photographer's; the same name in the prose is a person
	{rule: "photo-credit", pos: true,
		text:  "Nadia Jamil leads the survey of shelter users. \"It is hard to be so close to the same people,\" Jamil says.\n\nThe city will set up three tents by the lake. (Lauren Pelley / CBC News)\n\n\"We just need to remember that the community is not all the same,\" she added.",
		quote: "We just need to remember", speaker: "Nadia Jamil"},
	{rule: "photo-credit", pos: true,
		text:  "Sgt. Russ Stoner described the shooting to reporters on Monday.\n\nScene from the parking lot behind the tavern. (Photo: Doug White / The Gleaner)\n\n\"They met in the alley and the shooting started,\" he said.",
		quote: "They met in the alley", speaker: "Russ Stoner"},
	{rule: "photo-credit", pos: false,
		text:  "Nadia Jamil leads the survey of shelter users. \"It is hard to be so close to the same people,\" Jamil says.\n\nThe city will set up three tents by the lake, Lauren Pelley of the city said.\n\n\"We just need to remember that the community is not all the same,\" she added.",
		quote: "We just need to remember", speaker: "Nadia Jamil"},
	// gq3: a person named only in a photo's caption, a line closed by
	// its credit ("( ... FILE PHOTO )", "(NAME/Agency)", "Photo: ..."),
	// takes no later "he says": the story's own man does; the same
	// sentence without a credit is prose, and its man speaks
	{rule: "caption-person", pos: true,
		text:  "Rowan Kettle, a historian, has written a book about the dock strike, Kettle writes.\n\nOwen Barlow, a retired docker, stands by the cranes at the harbour in 2001. ( THE DAILY NEWS FILE PHOTO )\n\nThe strike changed the port for good. \"They were brave enough to stop the whole harbour,\" he says.",
		quote: "They were brave enough", speaker: "Rowan Kettle"},
	{rule: "caption-person", pos: true,
		text:  "Rowan Kettle, a historian, has written a book about the dock strike, Kettle writes.\n\nOwen Barlow, a retired docker, stands by the cranes at the harbour. (Mia Lund/Harbour Press)\n\nThe strike changed the port for good. \"They were brave enough to stop the whole harbour,\" he says.",
		quote: "They were brave enough", speaker: "Rowan Kettle"},
	{rule: "caption-person", pos: false,
		text:  "Rowan Kettle, a historian, has written a book about the dock strike, Kettle writes.\n\nOwen Barlow, a retired docker, stands by the cranes at the harbour every morning (in all weathers).\n\nThe strike changed the port for good. \"They were brave enough to stop the whole harbour,\" he says.",
		quote: "They were brave enough", speaker: "Rowan Kettle"},
	{rule: "caption-person", pos: false,
		text:  "Rowan Kettle, a historian, has written a book about the dock strike, Kettle writes.\n\nOwen Barlow, a retired docker, stands by the cranes at the harbour. Barlow says the strike changed the port. \"They were brave enough to stop the whole harbour,\" he says. (Mia Lund/Harbour Press)",
		quote: "They were brave enough", speaker: "Rowan Kettle"},
	// gq3: "the 9-year-old" is not the person in focus when the text gave
	// that person another age ("Ana Ruiz, 34,"): the phrase speaks for
	// itself; the same age, or none given, is the person in focus
	{rule: "age-described-person", pos: true,
		text:  "Ana Ruiz, 34, sat on the porch of her house. Her four children ran in and out of the door.\n\n\"Can I go to the park?\" the 9-year-old asked.",
		quote: "Can I go to the park", speaker: "9-year-old"},
	{rule: "age-described-person", pos: true,
		text:  "Ana Ruiz, 34, sat on the porch of her house. Her four children ran in and out of the door.\n\n\"I want them to play outside,\" the 34-year-old said.",
		quote: "I want them to play outside", speaker: "Ana Ruiz"},
	{rule: "age-described-person", pos: false,
		text:  "Ana Ruiz, 34, sat on the porch of her house. Her four children ran in and out of the door.\n\n\"I want them to play outside,\" the 34-year-old said.",
		quote: "I want them to play outside", speaker: "34-year-old"},
	// gq3: a man named as the subject of a clause that "that" opens after
	// a noun ("a medal that captain NAME sent to NAME") is spoken of: the
	// "He ..." sentences after it and "he said" go on with the story's
	// speaker; the same man as the sentence's own subject takes them
	{rule: "relative-clause-subject", pos: true,
		text:  "Tom Brady keeps trophies in his barn.\n\nBrady says it holds five of them. There is also a medal that Welsh captain Peter Haddon sent to Brady in 2009. He framed it. He will not say what it cost.\n\n\"Visitors get to see it when they come,\" he said.",
		quote: "Visitors get to see it", speaker: "Tom Brady"},
	{rule: "relative-clause-subject", pos: false,
		text:  "Tom Brady keeps trophies in his barn.\n\nBrady says it holds five of them. Welsh captain Peter Haddon sent a medal to Brady in 2009. He framed it. He will not say what it cost.\n\n\"Visitors get to see it when they come,\" he said.",
		quote: "Visitors get to see it", speaker: "Tom Brady"},
	// r17a: "his Somali counterpart, NAME," after "Foreign Minister NAME"
	// holds the same office, so "the Somali minister said" is him; a
	// counterpart of no titled person holds no office
	{rule: "counterpart-office", pos: true,
		text:  "Ethiopian Foreign Minister Dawit Alemu and his Somali counterpart, Ahmed Nur Warsame, met on Friday. \"Nobody is asking Somalia for land,\" Dawit told reporters. Warsame was less warm. \"The sovereignty of Somalia is not for sale,\" the Somali minister said.",
		quote: "The sovereignty of Somalia is not for sale", speaker: "Ahmed Nur Warsame"},
	{rule: "counterpart-office", pos: false,
		text:  "Ethiopian Foreign Minister Dawit Alemu met on Friday. \"Nobody is asking Somalia for land,\" Dawit told reporters. \"The sovereignty of Somalia is not for sale,\" the Ethiopian minister said.",
		quote: "The sovereignty of Somalia is not for sale", speaker: "Ahmed Nur Warsame"},
	// r17a: a person who "said" a clause whose own verb has a body or a
	// description for subject speaks the quote the clause holds; a verb of
	// saying in the clause keeps its own subject
	{rule: "reporting-speaker", pos: true,
		text:  "In Riga, the prime minister's spokesman, Janis Ozols, said Latvia's government had informed its partners \"in writing and in advance\".",
		quote: "in writing and in advance", speaker: "Janis Ozols"},
	{rule: "reporting-speaker", pos: true,
		text:  "The company's chief executive, Ravi Menon, said the company would keep supplying the state but needed \"a calendar for payment, not a promise\".",
		quote: "a calendar for payment", speaker: "Ravi Menon"},
	{rule: "reporting-speaker", pos: false,
		text:  "Mr Hollis said the police had said identity cards could \"help them foil a terror plot in the capital\".",
		quote: "help them foil a terror plot", speaker: "Hollis"},
	// r17a: an Indian paper's dateline closed by a colon ("CHENNAI:") is
	// no subject of the first sentence, so a participle of speech is the
	// minister's; a transcript's turn "OBAMA:" followed by another turn is
	// no dateline
	{rule: "colon-dateline", pos: true,
		text:  "CHENNAI: Tamil Nadu's Power Minister R. Selvakumar on Friday rejected the demand, calling the condition \"an insult to a state that pays its bills\".",
		quote: "an insult to a state that pays", speaker: "R. Selvakumar"},
	{rule: "colon-dateline", pos: false,
		text:  "CHENNAI: Tamil Nadu's Power Minister R. Selvakumar on Friday rejected the demand, calling the condition \"an insult to a state that pays its bills\".",
		quote: "an insult to a state that pays", speaker: "CHENNAI"},
	// r16a: a military rank written out between a title's comma and the
	// name ("a sole administrator, retired Rear Admiral NAME,") leaves
	// room for the title before the comma, as "Brig. Gen." did, so that
	// "the sole administrator said" is the admiral
	{rule: "written-rank-after-comma", pos: true,
		text:  "The state has been run since March by a sole administrator, retired Rear Admiral Okon Bassey, in Nigeria. Speaking in Port Harcourt, the sole administrator said he would hand over \"the moment the conditions allow\".",
		quote: "the moment the conditions allow", speaker: "Okon Bassey"},
	{rule: "written-rank-after-comma", pos: false,
		text:  "Retired Rear Admiral Okon Bassey visited Port Harcourt in Nigeria. Later the sole administrator said he would hand over \"the moment the conditions allow\".",
		quote: "the moment the conditions allow", speaker: "Okon Bassey"},
	// r16a: a state written in a speaker's description picks the holder
	// of that state first ("the Azerbaijani deputy minister", "the
	// minister from Kiribati"); with none of that state, the holder as
	// before
	{rule: "description-of-state", pos: true,
		text:  "Azerbaijan's deputy foreign minister Elnur Aliyev and Kazakhstan's first deputy transport minister Nurlan Sarsen met in Tbilisi. Asked about Russia, the Azerbaijani deputy minister said his country \"does not ask permission to build railways\".",
		quote: "does not ask permission", speaker: "Elnur Aliyev"},
	{rule: "description-of-state", pos: true,
		text:  "Kiribati Fisheries Minister Tekena Taoro spoke first. Fiji Fisheries Minister Jone Rata spoke next. The minister from Kiribati said his country would sign a deal in October \"if the door is opened to us\".",
		quote: "if the door is opened", speaker: "Tekena Taoro"},
	{rule: "description-of-state", pos: false,
		text:  "Fiji Fisheries Minister Jone Rata spoke first. The minister from Kiribati said his country would sign a deal in October \"if the door is opened to us\".",
		quote: "if the door is opened", speaker: "Jone Rata"},
	// r16: a person inside a relative clause of the speaker's apposition
	// is no speaker; the listener after "told" is none either
	{rule: "apposition-relative", pos: true,
		text:  "A man who dated 17-year-old Medina Knowles is charged. \"I am going to move,\" Anais Gonzalez, 20, who lives downstairs from Knowles, told the Times Union Friday.",
		quote: "I am going to move", speaker: "Anais Gonzalez"},
	{rule: "apposition-relative", pos: false,
		text:  "A man who dated 17-year-old Medina Knowles is charged. \"I am going to move,\" Anais Gonzalez, 20, who lives downstairs from Knowles, told the Times Union Friday.",
		quote: "I am going to move", speaker: "Times Union Friday"},
	// r16: "His great-uncle, NAME, 56, said he ...": the kin's name, past
	// its age, is the subject a later "he said" means
	{rule: "kin-apposition-subject", pos: true,
		text:  "Tyreke Borel, 17, was shot. His great-uncle, David Brathwaite, 56, said he stepped in when Borel came to the city. \u201cI wanted to be a father figure,\u201d he said.",
		quote: "I wanted to be a father figure", speaker: "David Brathwaite"},
	{rule: "kin-apposition-subject", pos: false,
		text:  "Tyreke Borel, 17, was shot. His great-uncle, David Brathwaite, 56, said he stepped in when Borel came to the city. \u201cI wanted to be a father figure,\u201d he said.",
		quote: "I wanted to be a father figure", speaker: "Tyreke Borel"},
	// r16: "A.M." and "P.M." after the number of a time are no initials
	// opening a name ("9:15 P.M. UPDATE" was a speaker); initials after a
	// clip's running time still are ("2:12 T.D. Jakes")
	{rule: "initials-open-name", pos: false,
		text:  "Friday 9:15 P.M. UPDATE\n\nThe man who was searching for his daughter saw her taken away.\n\n\u201cShe\u2019s all right,\u201d the man said.",
		quote: "She\u2019s all right", speaker: "P.M. UPDATE"},
	{rule: "initials-open-name", pos: true,
		text:  "The church was full on Sunday. At 2:12 T.D. Jakes rose to speak. \u201cWe grieve together,\u201d Jakes said.",
		quote: "We grieve together", speaker: "T.D. Jakes"},
	// r15d: a word opening a sentence that the article writes in lower
	// case, no given name, before a name the article writes without it is
	// no part of the name: "Again Rodd said" is Tom Rodd speaking; a given
	// name there is ("Rose Tanner said"), and so is a word before a name
	// the article has not written before ("Will Mayne, a mechanic")
	{rule: "lower-opener", pos: true,
		text:  "Tom Rodd lost in four sets on Sunday. Rodd had won here again and again. \"I was unlucky,\" said Rodd. \"The wind was strong.\" Again Rodd said: \"I will be back next year.\"",
		quote: "I will be back next year", speaker: "Tom Rodd"},
	{rule: "lower-opener", pos: false,
		text:  "The rose garden was closed on Monday. Rose Tanner said: \"We will open it again in spring.\" Tanner runs the garden.",
		quote: "We will open it again in spring", speaker: "Tanner"},
	{rule: "lower-opener", pos: false,
		text:  "Trains will be slower this winter. Will Mayne, a mechanic in Denver, said: \"Steel just becomes brittle.\" Mayne has worked there for years.",
		quote: "Steel just becomes brittle", speaker: "Mayne"},
	// round 14g: "the company said" never stands for the agency of the
	// dateline, which published the story; a body set off by commas after
	// a lower-case noun before "said" ("The operator, NAME, said") is the
	// body that spoke last; a person's name there is none
	{rule: "dateline-agency-no-body", pos: true,
		text:  "Reuters said on Monday it stood by its report on the mine. \"We stand by our journalism,\" the company said in a statement.",
		quote: "We stand by our journalism", speaker: "Reuters"},
	{rule: "dateline-agency-no-body", pos: false,
		text:  "NAIROBI (AP) — Flights were cancelled on Friday. \"Safety comes first,\" the company said.",
		quote: "Safety comes first", speaker: "AP"},
	{rule: "apposed-body-saying", pos: true,
		text:  "BOGOTA (Reuters) - A dam burst near Medellin on Monday. The operator, Andes Hydro Power, said crews were on site. \"Nobody was hurt,\" the company said.",
		quote: "Nobody was hurt", speaker: "Andes Hydro Power"},
	{rule: "apposed-body-saying", pos: false,
		text:  "BOGOTA (Reuters) - A dam burst near Medellin on Monday. Its owner, Maria Restrepo, said crews were on site. \"Nobody was hurt,\" the company said.",
		quote: "Nobody was hurt", speaker: "Maria Restrepo"},
	// round 14g: a possessive pronoun's phrase runs over the role's
	// modifiers to its last person's noun ("Its military spokesman, NAME,
	// said ... and warned that"), so the name in apposition speaks, not
	// "Its military"; a phrase with no person's noun after the modifier
	// stays as it was
	{rule: "owned-role-phrase", pos: true,
		text:  "The rebel alliance claimed the raid. Its military commander, Bashir Adan, said the base had fallen and warned that \"more towns will follow soon.\"",
		quote: "more towns will follow", speaker: "Bashir Adan"},
	{rule: "owned-role-phrase", pos: true,
		text:  "The utility apologised on Monday. Its chief operating officer, Renata Sikora, said the outage was over and added that \"customers will be compensated in full.\"",
		quote: "customers will be compensated", speaker: "Renata Sikora"},
	{rule: "owned-role-phrase", pos: false,
		text:  "The navy has been led by Admiral Rui Costa since May. Its chief spokesman said the ship was safe and added that \"the crew is unharmed.\"",
		quote: "the crew is unharmed", speaker: "Rui Costa"},
	// session 11: an apposition that holds commas of its own ends at the
	// comma a speech verb follows, not at its first comma
	{rule: "list-apposition", pos: true,
		text:  "\"We have a lander that is simple and safe,\" Jim Chalton, senior vice president at Boeing Defense, Space and Security, said in a statement.",
		quote: "We have a lander", speaker: "Jim Chalton"},
	{rule: "list-apposition", pos: true,
		text:  "\"The veto will be overridden,\" Senate Majority Leader Mitch Connelly, R-Ky., said Tuesday.",
		quote: "The veto will be overridden", speaker: "Mitch Connelly"},
	{rule: "list-apposition", pos: false,
		text:  "\"It is over,\" Ann Lee, a neighbour, told reporters, and Tom Hill, her brother, said nothing.",
		quote: "It is over", speaker: "Tom Hill"},
	// round 14d: a plural's apostrophe inside a capitalised name is part
	// of the body's name ("the National Farmers' Union said", "said
	// Ladbrokes' Warren Lush"); a closing single quote is not
	{rule: "name-apostrophe", pos: true,
		text:  "\"Nobody asked the growers,\" the Scottish Crofters' Federation said.",
		quote: "Nobody asked the growers", speaker: "Scottish Crofters' Federation"},
	{rule: "name-apostrophe", pos: true,
		text:  "\"It will be close,\" said Paddy Bets' Niall Rourke.",
		quote: "It will be close", speaker: "Niall Rourke"},
	{rule: "name-apostrophe", pos: false,
		text:  "He called the new rules 'a gift to the landlords' Tuesday, and the Tenants Union said it agreed.",
		quote: "a gift to the landlords", speaker: "landlords' Tuesday"},
	// round 14d: an owned relative named by the given name alone who
	// speaks ("Okafor's mother, Chioma, told reporters") is that person;
	// a relative only spoken of, or one whose given name another person
	// in the story bears, is left to the kin rules
	{rule: "kin-given-name-speaks", pos: true,
		text:  "Daniel Okafor, 19, was shot on Friday. Okafor's mother, Chioma, told reporters she wanted answers. \"Somebody saw who did this,\" she said.",
		quote: "Somebody saw who did this", speaker: "Chioma"},
	{rule: "kin-given-name-speaks", pos: false,
		text:  "Police found Daniel Okafor and his wife, Chioma, dead at home. A neighbour, who would not give her name, was shaken. \"Somebody saw who did this,\" she said.",
		quote: "Somebody saw who did this", speaker: "Chioma"},
	// round 14d: a surname that is also a word that ends a speaker phrase
	// ("Said", "Will") belongs to the name before the verb; lower case
	// it still ends the phrase
	{rule: "surname-stop-word", pos: true,
		text:  "Party chairwoman Halima Abdi Said told delegates that \"unity is not optional.\"",
		quote: "unity is not optional", speaker: "Halima Abdi Said"},
	{rule: "surname-stop-word", pos: false,
		text:  "Said to be furious, the chairwoman told delegates that \"unity is not optional.\"",
		quote: "unity is not optional", speaker: "Said to be furious, the chairwoman"},
	// round 15a: a continent's name before "said" is no one-word speaker
	// ("of the Baptist Church in Central Africa said"), unless a person's
	// name opens with it elsewhere ("Asia Turentine ... Asia told": the
	// bare first name keeps the quote, as before the rule)
	{rule: "continent-no-speaker", pos: true,
		text:  "Church leaders met in Goma. Bishop John Kambale of the Baptist Church in Central Africa said the camps were full. \"Our people are tired,\" he said.",
		quote: "Our people are tired", speaker: "John Kambale"},
	{rule: "continent-no-speaker", pos: false,
		text:  "Church leaders met in Goma. Bishop John Kambale of the Baptist Church in Central Africa said the camps were full. \"Our people are tired,\" he said.",
		quote: "Our people are tired", speaker: "Africa"},
	{rule: "continent-no-speaker", pos: true,
		text:  "Asia Mayfield was charged on Monday with neglect.\nAsia told detectives she kept the gun on a high shelf and said, \"I always make that very clear so the children know to stay away from it.\"",
		quote: "I always make that very clear", speaker: "Asia"},
	// round 15a: after a titled full name of three words or more, a
	// one-word name that is its second word and no given name is that
	// person by the first of two surnames ("Foreign Minister Celinda
	// Arteaga Vaca ... Arteaga told reporters"); a nearer bearer of the
	// surname wins
	{rule: "middle-surname", pos: true,
		text:  "Bolivia's Foreign Minister Celinda Romero Vaca arrived on Tuesday. \"The river does not know borders,\" Romero told reporters.",
		quote: "The river does not know borders", speaker: "Celinda Romero Vaca"},
	{rule: "middle-surname", pos: true,
		text:  "Brazil's ambassador, Heloísa Pires Andrade, attended the signing. \"We will lend the dredgers,\" Pires said.",
		quote: "We will lend the dredgers", speaker: "Heloísa Pires Andrade"},
	{rule: "middle-surname", pos: false,
		text:  "Bolivia's Foreign Minister Celinda Romero Vaca arrived on Tuesday. A farmer, Ana Romero, wept at the border. \"The river does not know borders,\" Romero said.",
		quote: "The river does not know borders", speaker: "Celinda Romero Vaca"},
	// round 14d: a source known by the first name alone, given in a
	// relative clause ("who would give only his first name, Rangi,") or
	// in commas after an indefinite noun for a person ("a volunteer
	// cook, Fabiola,"), is the person a later pronoun means; a name after
	// a plural or a definite noun is no new source
	{rule: "first-name-source", pos: true,
		text:  "Coach Tom Hill was pleased. A supporter who would give only his first name, Wiremu, said he had nearly left at half-time. \"I stayed for this,\" he said.",
		quote: "I stayed for this", speaker: "Wiremu"},
	{rule: "first-name-source", pos: true,
		text:  "Inspector Ruth Kane closed the road. At the shelter, a volunteer cook, Amina, who did not give her surname, served tea. \"Everyone here has lost something,\" she said.",
		quote: "Everyone here has lost something", speaker: "Amina"},
	{rule: "first-name-source", pos: false,
		text:  "Coach Tom Hill thanked his assistants, Wiremu and Sione. \"They did the hard work,\" he said.",
		quote: "They did the hard work", speaker: "Wiremu"},
	{rule: "first-name-source", pos: false,
		text:  "Coach Tom Hill praised the youngest player, Wiremu, after the game. \"He never stopped running,\" he said.",
		quote: "He never stopped running", speaker: "Wiremu"},
	// round 14d: a body named in apposition after a description speaks,
	// not the description ("The national weather service, INMET, said");
	// a person before the apposition keeps the words, and a clause in
	// commas names no body
	{rule: "apposition-body", pos: true,
		text:  "The state disaster agency, BNPB, said that rescue teams would \"keep digging through the night.\"",
		quote: "keep digging through the night", speaker: "BNPB"},
	{rule: "apposition-body", pos: true,
		text:  "\"The river will peak on Friday,\" the country's flood authority, the Danube Water Board, said.",
		quote: "The river will peak on Friday", speaker: "Danube Water Board"},
	{rule: "apposition-body", pos: false,
		text:  "Councillor Amy Hart, whose ward includes Ferry Road Industrial Estate, said the plant was \"a disaster waiting to happen.\"",
		quote: "a disaster waiting to happen", speaker: "Ferry Road Industrial Estate"},
	{rule: "apposition-body", pos: false,
		text:  "The watchdog, which regulates the BBC, said the programme had been \"seriously misleading.\"",
		quote: "seriously misleading", speaker: "BBC"},
	// round 14d: "according to a statement from X" is X's; a document
	// "from" a date or a place names no author
	{rule: "document-from", pos: true,
		text:  "\"Tenants cannot carry this alone,\" according to a statement from the Scottish Tenants Alliance.",
		quote: "Tenants cannot carry this alone", speaker: "Scottish Tenants Alliance"},
	{rule: "document-from", pos: false,
		text:  "\"Tenants cannot carry this alone,\" according to a statement from Tuesday.",
		quote: "Tenants cannot carry this alone", speaker: "Tuesday"},
	// round 14d: "The ministry later issued a statement saying …": the
	// issuer past an adverb or auxiliary before "issued"
	{rule: "issuer-past-adverb", pos: true,
		text:  "The Ministry of Transport later issued a statement saying the line would \"reopen in stages from Monday\" and that buses would run.",
		quote: "reopen in stages from Monday", speaker: "Ministry of Transport"},
	{rule: "issuer-past-adverb", pos: false,
		text:  "Commuters waited for hours. Later, an email was issued saying the line would \"reopen in stages from Monday\".",
		quote: "reopen in stages from Monday", speaker: "Commuters"},
	// round 14d: a document that an opening phrase names ("In a statement
	// read to the court, NAME said") is the person named before the
	// speech verb past the opener's comma; its addressee is not
	{rule: "document-opener", pos: true,
		text:  "In a letter read to the inquest, the driver's widow, Carol Baines, described the night he died.\n\"He texted me that he was nearly home,\" the letter said.",
		quote: "He texted me that he was nearly home", speaker: "Carol Baines"},
	{rule: "document-opener", pos: false,
		text:  "In a letter to the council leader, Carol Baines, residents set out their case.\n\"We were never consulted,\" the letter said.",
		quote: "We were never consulted", speaker: "Carol Baines"},
	// round 14d: in an exchange opened by a question or an answer, an
	// unattributed paragraph that goes on asking, answers the question
	// just put or replies to a quote that named its addressee is the
	// other party's turn; a statement after an answer is the answerer
	// going on, and a question after a statement asks no one
	{rule: "alternating-turns", pos: true,
		text:  "The inspector, Rhona Kerr, questioned the site manager, Len Foley.\n\"Who signed the permit?\" Kerr asked.\n\"My deputy did,\" Foley said.\n\"And where is your deputy now?\"\n\"On leave.\"",
		quote: "And where is your deputy", speaker: "Rhona Kerr", outRule: "alternating-turns"},
	{rule: "alternating-turns", pos: true,
		text:  "The inspector, Rhona Kerr, questioned the site manager, Len Foley.\n\"Who signed the permit?\" Kerr asked.\n\"My deputy did,\" Foley said.\n\"And where is your deputy now?\"\n\"On leave until the spring.\"",
		quote: "On leave until the spring", speaker: "Len Foley", outRule: "alternating-turns"},
	{rule: "alternating-turns", pos: true,
		text:  "\"I followed the rules,\" the site manager, Len Foley, replied.\n\"The rules were not followed, Mr Foley,\" inspector Rhona Kerr said.\n\"Then the rules were never explained to me.\"",
		quote: "Then the rules were never", speaker: "Len Foley", outRule: "alternating-turns"},
	{rule: "alternating-turns", pos: false,
		text:  "\"Who signed the permit?\" inspector Rhona Kerr asked.\n\"My deputy did,\" site manager Len Foley replied.\n\"He has signed every permit on this site since 2019.\"",
		quote: "He has signed every permit", speaker: "Rhona Kerr"},
	{rule: "alternating-turns", pos: false,
		text:  "\"Will you step down?\" asked Rhona Kerr of the Courier.\n\"No,\" site manager Len Foley said.\n\"Why would I?\"",
		quote: "Why would I", speaker: "Rhona Kerr"},
	{rule: "alternating-turns", pos: false,
		text:  "\"The levy is fair,\" councillor Len Foley said.\n\"Who is it fair to?\" asked Rhona Kerr, a shop owner.\n\"Not to the people on this street.\"",
		quote: "Not to the people on this street", speaker: "Len Foley"},
	// round 14d: "Advocate" before a name is a court's courtesy title
	// (South Africa, Kenya, India), not part of the speaker's name; a
	// lower-case "advocate" is a noun, and the name after it stays whole
	{rule: "advocate-honorific", pos: true,
		text:  "Advocate Themba Ngcobo told the court his client had been held for a week. \"Nobody read him his rights,\" Ngcobo said.",
		quote: "Nobody read him his rights", speaker: "Themba Ngcobo"},
	{rule: "advocate-honorific", pos: true,
		text:  "The family's lawyer, Adv. Riana Pretorius, was blunt. \"This inquest answered nothing,\" Pretorius said.",
		quote: "This inquest answered nothing", speaker: "Riana Pretorius"},
	{rule: "advocate-honorific", pos: false,
		text:  "A housing advocate, Carla Mendes, said rents had doubled. \"Families are sleeping in cars,\" Mendes said.",
		quote: "Families are sleeping in cars", speaker: "advocate Carla Mendes"},
	// round 13e: any speech verb after "went on to" is the sentence
	// subject's ("He went on to accuse the government of "…""); "to go
	// on to" after someone else's verb is what another is to say
	{rule: "went-on-to", pos: true,
		text:  "Opposition spokesman Rawiri Hona said the numbers did not add up. He went on to accuse the government of \"hiding behind the motorway delays\".",
		quote: "hiding behind the motorway delays", speaker: "Rawiri Hona"},
	{rule: "went-on-to", pos: false,
		text:  "Tom Hill had said he was livid. The England coach went on to claim that \"only one side was refereed\".",
		quote: "only one side was refereed", speaker: "England coach went"},
	{rule: "went-on-to", pos: false,
		text:  "Ann Lee spoke on Monday. Tom Hill expects her to go on to describe the plan as \"a waste of everyone's time\".",
		quote: "a waste of everyone", speaker: "Tom Hill"},
	// round 13e: a relative named first by the given name alone ("His
	// daughter, Maria,") is the full name the story gives later with the
	// family's name ("Maria Neves" beside "Joaquim Neves"); a full name of
	// another family is someone else
	{rule: "kin-family-name", pos: true,
		text:  "Joaquim Neves carried the machine upstairs. His daughter, Maria, had begged him to leave. \"He said he had seen worse,\" she said.\nLater, Maria Neves scrubbed the pedal.",
		quote: "He said he had seen worse", speaker: "Maria Neves"},
	{rule: "kin-family-name", pos: false,
		text:  "Joaquim Neves carried the machine upstairs. His daughter, Maria, had begged him to leave. \"He said he had seen worse,\" she said.\nLater, Maria Lopes, a neighbour, came by.",
		quote: "He said he had seen worse", speaker: "Maria Lopes"},
	// round 13e: "she said" of someone introduced as "a woman" whom the
	// story names only afterwards ("The woman, Rosa Almeida, ...") is
	// that name; a woman named afterwards but not introduced is not
	{rule: "named-after", pos: true,
		text:  "Along the main street, a woman in rubber boots was shovelling silt. \"You clean, it rains, you clean again,\" she said.\nThe woman, Rosa Almeida, has run the salon for 22 years.",
		quote: "You clean, it rains", speaker: "Rosa Almeida"},
	{rule: "named-after", pos: true,
		text:  "An older man sat on a crate outside the bakery. \"I have done this three times now,\" he said. The man, Tom Hill, is 81.",
		quote: "I have done this three times", speaker: "Tom Hill"},
	{rule: "named-after", pos: false,
		text:  "The flood reached the square by noon. \"You clean, it rains, you clean again,\" she said.\nThe woman, Rosa Almeida, has run the salon for 22 years.",
		quote: "You clean, it rains", speaker: "Rosa Almeida"},
	// round 13e: "the prosecutor", "the defence barrister", "his lawyer" is
	// the person a court report introduced as "NAME, prosecuting," or
	// "NAME, defending,"; a lawyer no one was introduced as stays unnamed
	{rule: "court-side", pos: true,
		text:  "Mark Dane, prosecuting, said the car was seen twice. \"The Crown says it was his car,\" the prosecutor added.",
		quote: "The Crown says it was his car", speaker: "Mark Dane"},
	{rule: "court-side", pos: true,
		text:  "Tom Hale denies theft. Ruth Ellis, defending, said the case was thin. Hale was bailed. His barrister told reporters he was \"looking forward to being heard\".",
		quote: "looking forward to being heard", speaker: "Ruth Ellis"},
	{rule: "court-side", pos: false,
		text:  "Mark Dane, a neighbour, said the car was seen twice. \"The Crown says it was his car,\" the prosecutor added.",
		quote: "The Crown says it was his car", speaker: "Mark Dane"},
	// round 13e: a quote after a colon that ends a sentence with no speech
	// verb is the sentence's subject's ("Kane was blunt: "…""); a subject
	// who was asked or told something only hears it
	{rule: "colon-subject", pos: true,
		text:  "Ed Moss spoke first. City manager Rob Kane was blunt: \"That was never a red card.\"",
		quote: "That was never a red card", speaker: "Rob Kane", outRule: "colon-subject"},
	{rule: "colon-subject", pos: true,
		text:  "Ann Lee runs the union. Tom Hill, the chief executive, spoke to staff on Monday. On a call with reporters he was direct: \"The mill loses money.\"",
		quote: "The mill loses money", speaker: "Tom Hill"},
	{rule: "colon-subject", pos: false,
		text:  "Ann Lee spoke first. \"We are ready,\" she said.\nThe plan is simple: \"Build more homes.\"",
		quote: "Build more homes", speaker: "plan"},
	// round 13e: "the former" and "the latter" are the first and second of
	// the last pair of people joined by "and"; with no pair, no one
	{rule: "former-latter", pos: true,
		text:  "City manager Rob Kane and his assistant, Ed Moss, faced questions about the penalty. \"We move on to Tuesday,\" the latter said.",
		quote: "We move on to Tuesday", speaker: "Ed Moss"},
	{rule: "former-latter", pos: true,
		text:  "City manager Rob Kane and Ed Moss faced questions about the penalty. \"That was never a red card,\" the former said.",
		quote: "That was never a red card", speaker: "Rob Kane"},
	{rule: "former-latter", pos: false,
		text:  "City manager Rob Kane faced questions. Ed Moss did not. \"That was never a red card,\" the former said.",
		quote: "That was never a red card", speaker: "former"},
	// round 13e: a name after a person's name and "of" ("Tom Hill of
	// Castlegate Research") is the person's firm or place, never the "he"
	// of a later sentence; a person after another noun and "of" still is
	{rule: "affiliation-of", pos: true,
		text:  "Tom Hill of Castlegate Research warned that the plant would struggle. \"If power prices rise, the plant is next,\" he wrote in a note.",
		quote: "If power prices rise", speaker: "Tom Hill"},
	{rule: "affiliation-of", pos: false,
		text:  "Ann Lee, a friend of Tom Hill, said the plant would struggle. Tom Hill disagreed. \"If power prices rise, we adapt,\" he said.",
		quote: "If power prices rise", speaker: "Ann Lee"},
	// round 10b: a relative named by a given name alone between commas
	// ("Hale's sister, Karen,") is that name for "she said" and for the
	// relative's noun; a description between the commas is no name
	{rule: "kin-given-name", pos: true,
		text:  "A jury found Darren Hale, 41, guilty of murder. Hale's sister, Karen, wept as the verdict was read. \"He is not a killer,\" she said outside court.",
		quote: "He is not a killer", speaker: "Karen"},
	{rule: "kin-given-name", pos: true,
		text:  "The teenager's mother, Joanne Hill, said she forgave nobody. Her husband, Peter, stood beside her. \"Our lives have stopped,\" her husband said.",
		quote: "Our lives have stopped", speaker: "Peter"},
	{rule: "kin-given-name", pos: false,
		text:  "The teenager's mother, Joanne Hill, said she forgave nobody. Her husband, a teacher, stood beside her. \"Our lives have stopped,\" her husband said.",
		quote: "Our lives have stopped", speaker: "Peter"},
	// session 10: "the priest", "the nurse" is the person described with
	// that noun in an apposition after the name ("Tom Hale, a local
	// priest,"); a noun introduced by itself ("a priest said") is no one
	// named. Clergy nouns are person nouns (speaker_nouns.tsv).
	{rule: "apposed-noun", pos: true,
		text:  "Tom Hale, a local priest, called for a corridor. \"People are sleeping in churches,\" the priest said.",
		quote: "People are sleeping in churches", speaker: "Tom Hale"},
	{rule: "apposed-noun", pos: true,
		text:  "Ann Lee, 45, a nurse at the clinic, called for calm. \"We are exhausted,\" the nurse said.",
		quote: "We are exhausted", speaker: "Ann Lee"},
	// an indefinite noun that opens the text has no name before it (this
	// read the token before the first and panicked)
	{rule: "apposed-noun", pos: false,
		text:  "A local parish priest spoke to the crowd on Sunday.\n\n\"We will rebuild the church,\" the priest said.",
		quote: "We will rebuild the church", speaker: "Tom Hale"},
	{rule: "apposed-noun", pos: false,
		text:  "Tom Hale spoke first. A priest called for a corridor. \"People are sleeping in churches,\" the priest said.",
		quote: "People are sleeping in churches", speaker: "Tom Hale"},
	// session 10: a verb's base form after a state's adjective is a noun
	// ("Emirati state news agency"), no speech verb whose subject is the
	// adjective; "the Austrian said" stays a speaker (see state-national)
	{rule: "adjective-noun-cue", pos: true,
		text:  "Minister of State Khalid Al Hamli also attended. Al Hamli told Emirati state news agency WAM that Abu Dhabi was \"ready to play its part.\"",
		quote: "ready to play its part", speaker: "Khalid Al Hamli"},
	{rule: "adjective-noun-cue", pos: false,
		text:  "Minister of State Khalid Al Hamli also attended. Al Hamli told Emirati state news agency WAM that Abu Dhabi was \"ready to play its part.\"",
		quote: "ready to play its part", speaker: "Emirati"},
	// round 10b: "the Austrian", "the Spaniard", "the Polish official" is
	// the official of that state named last before; a plural is no one
	{rule: "state-national", pos: true,
		text:  "Italy's interior minister, Matteo Piantedosi, and his Austrian counterpart, Gerhard Karner, pushed for tougher rules. \"We agree,\" the Austrian said.",
		quote: "We agree", speaker: "Gerhard Karner"},
	{rule: "state-national", pos: true,
		text:  "Poland's deputy interior minister, Maciej Duszczyk, said Warsaw would not accept quotas. \"Not one migrant,\" the Polish official said.",
		quote: "Not one migrant", speaker: "Maciej Duszczyk"},
	{rule: "state-national", pos: false,
		text:  "Italy's interior minister, Matteo Piantedosi, and his Austrian counterpart, Gerhard Karner, pushed for tougher rules. \"We agree,\" the Austrians said.",
		quote: "We agree", speaker: "Gerhard Karner"},
	// session 11: with no official of that state, a bare nationality is
	// the person introduced with its adjective, else the one a pronoun
	// would be, unless another state's adjective introduced them
	{rule: "state-national", pos: true,
		text:  "American Tom Ridley beat Chilean Pablo Massa in four sets. \"I felt pretty good,\" said the American.",
		quote: "I felt pretty good", speaker: "Tom Ridley"},
	{rule: "state-national", pos: true,
		text:  "Tom Ridley was delighted with his first win in two months.\n\"I felt pretty good,\" said the American.",
		quote: "I felt pretty good", speaker: "Tom Ridley"},
	{rule: "state-national", pos: false,
		text:  "Chilean Pablo Massa lost in four sets.\n\"I felt pretty good,\" said the American.",
		quote: "I felt pretty good", speaker: "Pablo Massa"},
	// round 15c: "they" after owned relatives that open the sentence or the
	// one before ("Her parents posted a tribute") is that group, not one
	// of the people named before
	// r23b: "in Upper Nile and Jonglei states had displaced": a word
	// joined by "and" before a third-person "-s" speech verb is a place
	// before a plural noun, no speaker; alone before it, it still speaks
	{rule: "coordinated-before-singular-verb", pos: true,
		text:  "The envoy, Selma Okafor, told the council that fighting near Malakal had displaced thousands. \"We are short of means,\" she said.",
		quote: "We are short of means", speaker: "Selma Okafor"},
	{rule: "coordinated-before-singular-verb", pos: true,
		text:  "Crops failed across the valley this year. Nyaruot states that the harvest was the worst in memory. \"We ate the seed grain,\" Nyaruot said.",
		quote: "We ate the seed grain", speaker: "Nyaruot"},
	{rule: "coordinated-before-singular-verb", pos: false,
		text:  "The envoy, Selma Okafor, told the council that fighting in Upper Nile and Jonglei states had displaced thousands. \"We are short of means,\" she said.",
		quote: "We are short of means", speaker: "Jonglei"},
	{rule: "coordinated-before-singular-verb", pos: false,
		text:  "The envoy, Selma Okafor, said clashes in Lakes and Warrap states were spreading. \"We are short of means,\" she said.",
		quote: "We are short of means", speaker: "Warrap"},
	{rule: "pronoun", pos: true,
		text:  "Ann Lee, 16, died on Friday. Her parents posted a tribute on Sunday. \"She lit up every room,\" they wrote.",
		quote: "She lit up every room", speaker: "Her parents"},
	{rule: "pronoun", pos: true,
		text:  "Ann Lee, 16, died on Friday. Ann Lee's family released a statement. \"She lit up every room,\" they wrote.",
		quote: "She lit up every room", speaker: "Ann Lee's family"},
	{rule: "pronoun", pos: false,
		text:  "Ann Lee, 16, died on Friday. Her parents posted a tribute on Sunday. \"She lit up every room,\" they wrote.",
		quote: "She lit up every room", speaker: "Ann Lee"},
	{rule: "pronoun", pos: false,
		text:  "Ann Lee, 16, died on Friday. Her coach posted a tribute on Sunday. \"She lit up every room,\" they wrote.",
		quote: "She lit up every room", speaker: "Her coach"},
	// round 15c: a relative introduced after an owner's possessive ("Anna
	// Lee, the girl's aunt,", "Loretta Bird, the victims' mother,") is the
	// one a later "the girl's aunt" or "Shannon Bird's mother" names, when
	// she shares the named owner's surname
	{rule: "relative", pos: true,
		text:  "Anna Lee, the girl's aunt, sat in the front row. \"We have waited too long,\" the girl's aunt said.",
		quote: "We have waited too long", speaker: "Anna Lee"},
	{rule: "relative", pos: false,
		text:  "Anna Lee, the girl's teacher, sat in the front row. \"We have waited too long,\" the girl's aunt said.",
		quote: "We have waited too long", speaker: "Anna Lee"},
	{rule: "named-people", pos: true,
		text:  "Loretta Bird, the victims' mother, sat in the front row. \"I have waited 21 months,\" Shannon Bird's mother said.",
		quote: "I have waited 21 months", speaker: "Loretta Bird"},
	{rule: "named-people", pos: false,
		text:  "Ann Lee, the suspect's mother, sat in the front row. Tom Hale died in May. \"I have waited 21 months,\" Tom Hale's mother said.",
		quote: "I have waited 21 months", speaker: "Ann Lee"},
	// round 15c: a state that owns the name ("Ethiopia's NAME") or follows
	// it after "of" ("NAME of the United States") introduces a person as
	// its national too
	{rule: "state-national", pos: true,
		text:  "Kenya's Daniel Kiprotich won from Ethiopia's Solomon Haile. \"He was the better man,\" the Ethiopian said.",
		quote: "He was the better man", speaker: "Solomon Haile"},
	{rule: "state-national", pos: true,
		text:  "Shanice Morgan beat Abigail Carter of the United States over 200m. \"My leg was fine,\" said the American.",
		quote: "My leg was fine", speaker: "Abigail Carter"},
	{rule: "state-national", pos: false,
		text:  "Kenya's Daniel Kiprotich won from Solomon Haile. \"He was the better man,\" the Ethiopian said.",
		quote: "He was the better man", speaker: "Daniel Kiprotich"},
	{rule: "state-national", pos: false,
		text:  "Shanice Morgan of Jamaica beat Abigail Carter by a stride. \"My leg was fine,\" said the American.",
		quote: "My leg was fine", speaker: "Shanice Morgan"},
	// round 15c: two capitalised words a state's possessive or adjective
	// introduces are a person even with a given name no list holds, so
	// "the Ethiopian" finds him; a team's plural name is none
	{rule: "state-national", pos: true,
		text:  "Kiprotich won, holding off Ethiopia's Berihu Tesfaye by less than a metre. \"He was better,\" the Ethiopian said.",
		quote: "He was better", speaker: "Berihu Tesfaye"},
	{rule: "state-national", pos: true,
		text:  "Britain's Laura Whitmore beat Ciara Doyle of Ireland in the final. \"I was boxed in,\" said the Briton.",
		quote: "I was boxed in", speaker: "Laura Whitmore"},
	{rule: "state-national", pos: false,
		text:  "Nigeria's Super Eagles beat Ghana on Sunday. \"We were better,\" the Nigerian said.",
		quote: "We were better", speaker: "Super Eagles"},
	// round 10b: "PLACE's ROLE" is the person the story names with that
	// role in that place's state, whose title holds the phrase's words
	{rule: "place-owned-role", pos: true,
		text:  "Wellington's mayor has told the Government it will have to \"find the money or find another mayor\" after ministers refused.\nMayor Hinemoa Parata said the council had no choice.",
		quote: "find the money or find another mayor", speaker: "Hinemoa Parata"},
	{rule: "place-owned-role", pos: true,
		text:  "Prime Minister Grant Fairweather spoke on Monday. Later, New Zealand's prime minister said: \"Every council has pipes.\"",
		quote: "Every council has pipes", speaker: "Grant Fairweather"},
	{rule: "place-owned-role", pos: false,
		text:  "First Minister Jack McConnell met fans' groups. Scotland's justice minister has warned bigoted fans she wants to hit them \"where it hurts most\" by banning them.",
		quote: "where it hurts most", speaker: "Jack McConnell"},
	{rule: "place-owned-role", pos: false,
		text:  "British Prime Minister Grant Fairweather spoke on Monday. Later, New Zealand's prime minister said: \"Every council has pipes.\"",
		quote: "Every council has pipes", speaker: "Grant Fairweather"},
	// round 10b: "Cr SURNAME said" names the councillor introduced in full
	{rule: "cue-after-quote", pos: true,
		text:  "Councillor Josh Whetu chairs the infrastructure committee. \"We lose a third of the water we treat,\" Cr Whetu said.",
		quote: "We lose a third of the water", speaker: "Josh Whetu"},
	{rule: "cue-after-quote", pos: false,
		text:  "Councillor Josh Whetu chairs the infrastructure committee. \"We lose a third of the water we treat,\" Cr Whetu said.",
		quote: "We lose a third of the water", speaker: "Cr Whetu"},
	// round 11: a relative introduced in the quote's paragraph by a full
	// name that a verb of saying follows is the one a shared surname means
	// there ("The children's mother, Rosa Ortiz, said ..."); a relative who
	// only stands by, or speaks in another paragraph, does not take it
	{rule: "speaking-relative", pos: true,
		text:  "A girl, Maya Ortiz, 15, died at the scene.\nThe children's mother, Rosa Ortiz, said Maya had walked her brother home. \"She held his hand across every street,\" Ortiz said.",
		quote: "She held his hand", speaker: "Rosa Ortiz"},
	{rule: "speaking-relative", pos: false,
		text:  "A girl, Maya Ortiz, 15, died at the scene.\nThe children's mother, Rosa Ortiz, stood at the corner. \"She held his hand across every street,\" Ortiz said.",
		quote: "She held his hand", speaker: "Rosa Ortiz"},
	{rule: "speaking-relative", pos: false,
		text:  "A girl, Maya Ortiz, 15, won the race.\nThe girl's mother, Rosa Ortiz, said Maya had trained all year.\n\"I ran every morning before school,\" Ortiz said.",
		quote: "I ran every morning", speaker: "Rosa Ortiz"},
	// round 9b: "the elder" or "the younger" before a surname two people
	// share names the one introduced as the parent, or as the child
	{rule: "elder-younger", pos: true,
		text:  "Among the dead was Mateo Huaman, 22. His father, Felipe Huaman, waited at the gate. \"He wanted to be an engineer,\" the elder Huaman said.",
		quote: "He wanted to be an engineer", speaker: "Felipe Huaman"},
	{rule: "elder-younger", pos: true,
		text:  "Rosa Llanos spoke first. Her son, Diego Llanos, stood beside her. \"We will keep going,\" the younger Llanos said.",
		quote: "We will keep going", speaker: "Diego Llanos"},
	{rule: "elder-younger", pos: false,
		text:  "Rosa Llanos spoke first. Her son, Diego Llanos, stood beside her. \"We will keep going,\" Llanos said.",
		quote: "We will keep going", speaker: "Diego Llanos"},
	// round 9a: a name set off by an apposition headed by a place's noun
	// is a place, no person for "he said"; one headed by a role stays a
	// person
	{rule: "cue-after-quote", pos: true,
		text:  "Governor Rafael Ortiz toured the flooded districts on Monday.\nCrowds gathered in the centre of San Lorenzo, the region's main trading hub, to greet him.\n\"We will rebuild every house,\" he said.",
		quote: "We will rebuild every house", speaker: "Rafael Ortiz"},
	{rule: "cue-after-quote", pos: false,
		text:  "Governor Rafael Ortiz toured the flooded districts on Monday.\nCrowds gathered in the centre of San Lorenzo, the region's main trading hub, to greet him.\n\"We will rebuild every house,\" he said.",
		quote: "We will rebuild every house", speaker: "San Lorenzo"},
	{rule: "cue-after-quote", pos: true,
		text:  "Governor Rafael Ortiz toured the flooded districts on Monday.\nHe was met by Tomas Lorenzo, the region's deputy mayor, in the square.\n\"We will rebuild every house,\" Lorenzo said.",
		quote: "We will rebuild every house", speaker: "Tomas Lorenzo"},
	// round 9a: a Korean surname that is also an interjection ("Oh")
	// stands alone for the person named in full; the interjection opening
	// a quote is no speaker
	{rule: "cue-after-quote", pos: true,
		text:  "Army commander Gen. Oh Jae-min told the hearing he had learned of it on television. \"Nobody asked me,\" Oh said.",
		quote: "Nobody asked me", speaker: "Oh Jae-min"},
	{rule: "cue-after-quote", pos: false,
		text:  "Army commander Gen. Oh Jae-min told the hearing he had learned of it on television. Lee Dong-ho, his deputy, disagreed. \"Oh, nobody asked me,\" Lee said.",
		quote: "nobody asked me", speaker: "Oh Jae-min"},
	// one name a source gives as the only one they go by names a person,
	// who as the subject of the speech verb after it is the next "he said"
	{rule: "name-given-only-as", pos: true,
		text:  "Rescuers pulled 19 people from the sea, spokesman Karim Ben Salah said. A survivor, who gave his name only as Mamadou, said he had held on to a fuel can. \"I could hear people calling,\" he said.",
		quote: "I could hear people calling", speaker: "Mamadou"},
	{rule: "name-given-only-as", pos: true,
		text:  "A woman identified only as Fatou said she had lost her sister. \"The sea took her,\" she said.",
		quote: "The sea took her", speaker: "Fatou"},
	{rule: "name-given-only-as", pos: false,
		text:  "Rescuers pulled 19 people from the sea, spokesman Karim Ben Salah said. The boat, a vessel known as Wagner, sank at night. \"I could hear people calling,\" he said.",
		quote: "I could hear people calling", speaker: "Wagner"},
	// a quote with no cue of its own goes to the person most in focus
	// the attributions of the output: a cue after or before the quote, and
	// a quote that goes on from the one before
	{rule: ruleCueAfter, pos: true,
		text:  "\"We are ready,\" Marco Reyes said.",
		quote: "We are ready", speaker: "Marco Reyes", outRule: ruleCueAfter},
	{rule: ruleCueAfter, pos: false,
		text:  "Marco Reyes said nothing. \"We are ready,\" Ana Cruz said.",
		quote: "We are ready", speaker: "Marco Reyes"},
	{rule: ruleCueBefore, pos: true,
		text:  "Marco Reyes said: \"We are ready.\"",
		quote: "We are ready", speaker: "Marco Reyes", outRule: ruleCueBefore},
	{rule: ruleCueBefore, pos: false,
		text:  "Marco Reyes said nothing. Ana Cruz said: \"We are ready.\"",
		quote: "We are ready", speaker: "Marco Reyes"},
	// round 6a: the subject of a sentence that opens with a phrase and no
	// comma ("In a televised address he said ... and promised "…"") is the
	// pronoun or name after the phrase
	{rule: ruleCueBefore, pos: true,
		text:  "General Armando Na Bitchita was sworn in on Thursday. In a televised address he said the troops \"no longer have a role here\" and promised elections \"when the conditions are right\".",
		quote: "when the conditions are right", speaker: "Armando Na Bitchita", outRule: ruleCueBefore},
	{rule: ruleCueBefore, pos: false,
		text:  "General Armando Na Bitchita was sworn in on Thursday. In a televised address the opposition leader Rui Gomes said the troops \"no longer have a role here\" and promised \"elections when the conditions are right\".",
		quote: "when the conditions are right", speaker: "Armando Na Bitchita"},
	// session 8: a subject read back from a coordinated verb stops before
	// the first verb ("Uber stepped in and tweeted")
	{rule: ruleCueBefore, pos: true,
		text:  "In the midst of the fear, Uber stepped in and tweeted this announcement: \"We are all concerned with events in the city centre.\"",
		quote: "We are all concerned with events in the city centre", speaker: "Uber", outRule: ruleCueBefore},
	{rule: ruleCueBefore, pos: false,
		text:  "In the midst of the fear, Uber stepped in and Lyft tweeted this announcement: \"We are all concerned with events in the city centre.\"",
		quote: "We are all concerned with events in the city centre", speaker: "Uber"},
	// session 8: a role noun with a place or party before it that no one
	// in the story holds ("the Vermont senator", "the Tory leader") is the
	// person in focus, named in its sentence or the one before; not one
	// named again after it in the sentence, nor one named after "by"
	{rule: ruleCueBefore, pos: true,
		text:  "Dana Reyes spoke to reporters on Friday. Asked whether she still senses anger among voters, the Vermont senator acknowledged there are \"some people who feel that way\".",
		quote: "some people who feel that way", speaker: "Dana Reyes", outRule: ruleCueBefore},
	{rule: ruleCueBefore, pos: false,
		text:  "Dana Reyes has been under fire for days. On Saturday, the party chief executive said it was \"just a mistake\" that Dana Reyes missed the vote.",
		quote: "just a mistake", speaker: "Dana Reyes"},
	{rule: ruleCueAfter, pos: false,
		text:  "Mr Wilson made a cameo in the film, in which his role was played by Steve Cole. \"I'm not an actor and I did a lousy job,\" said the Factory Records founder.",
		quote: "I'm not an actor and I did a lousy job", speaker: "Steve Cole"},
	// session 8: a name between "a" and a noun ("in a Tumblr post") is no
	// person a pronoun after it stands for
	{rule: ruleCueBefore, pos: true,
		text:  "Lena Marsh was angry. In a Tumblr post she described the sale as the \"worst case scenario for everyone\".",
		quote: "worst case scenario for everyone", speaker: "Lena Marsh", outRule: ruleCueBefore},
	{rule: ruleCueBefore, pos: false,
		text:  "Lena Marsh was angry. In a post Tom Ruiz described the sale as the \"worst case scenario for everyone\".",
		quote: "worst case scenario for everyone", speaker: "Lena Marsh"},
	{rule: ruleContinued, pos: true,
		text:  "\"We are ready for this,\" Ana Cruz said.\n\"The talks will start later today.\"",
		quote: "The talks will start", speaker: "Ana Cruz", outRule: ruleContinued},
	{rule: ruleContinued, pos: false,
		text:  "\"We are ready for this,\" Ana Cruz said.\nTom Ruiz disagreed: \"The talks will start later today.\"",
		quote: "The talks will start", speaker: "Ana Cruz"},
	{rule: ruleNearest, pos: true,
		text:  "Lena Brandt spoke at the rally on Sunday.\n\"We will win this seat.\"",
		quote: "We will win this seat", speaker: "Lena Brandt", outRule: ruleNearest},
	{rule: ruleNearest, pos: false,
		text:  "Lena Brandt spoke at the rally on Sunday.\n\"We will win this seat,\" said Tom Ruiz.",
		quote: "We will win this seat", speaker: "Lena Brandt"},
	{rule: "doubled-single-marks", pos: true,
		text:  "Turnout fell, and ''nobody here is surprised,'' said Ada Brennan, a pollster.",
		quote: "nobody here is surprised", speaker: "Ada Brennan", outRule: ruleCueAfter},
	{rule: "doubled-single-marks", pos: true,
		text:  "“The vote was lost,’’ Piet Claes told reporters.",
		quote: "The vote was lost", speaker: "Piet Claes", outRule: ruleCueAfter},
	{rule: "doubled-single-marks", pos: false,
		text:  "The farmers' union and the teachers' union met, Piet Claes said.",
		quote: "union", speaker: ""},
	// pronoun resolution: salience of the people named before "he said"
	{rule: "salience-subject-over-object", pos: true,
		text:  "Karl Ostby has four goals since the club signed him in a trade for Pavel Ruzek last week. The winger said the team was playing well.\n\"They are quick,\" he said.",
		quote: "They are quick", speaker: "Karl Ostby"},
	{rule: "salience-subject-over-object", pos: false,
		text:  "Karl Ostby watched from the stands.\nGood news came on Friday for Pavel Ruzek, 31, a welder.\n\"I am relieved,\" he said.",
		quote: "I am relieved", speaker: "Karl Ostby"},
	{rule: "salience-reintroduced-by-full-name", pos: true,
		text:  "Bruno Salas signed up in March. The programme is free. It runs for six months. Derek Holm joined in May. Holm says he walks every day. \"I sleep better,\" he adds. Exercise also helped accountant Bruno Salas, 50.\n\"I lost ten pounds,\" he says.",
		quote: "I lost ten pounds", speaker: "Bruno Salas"},
	{rule: "salience-reintroduced-by-full-name", pos: false,
		text:  "Derek Holm joined the programme in May. Holm says he walks every day. \"I sleep better,\" he adds. His brother Bruno Salas, 50, is not convinced.\n\"I feel much stronger,\" Holm says, \"than last year.\"",
		quote: "I feel much stronger", speaker: "Bruno Salas"},
	{rule: "salience-joined-subjects", pos: true,
		text:  "\"We have had a great run,\" said Hugo Brandt, who has won twice this year. Marek Lind and Oskar Dahl have also won on the junior tour.\n\"We are proud to play for our country.\"",
		quote: "We are proud", speaker: "Hugo Brandt"},
	{rule: "salience-joined-subjects", pos: false,
		text:  "\"We have had a great run,\" said Hugo Brandt, who has won twice this year. Marek Lind has also won on the junior tour, and hopes to turn professional.\n\"I am ready for it,\" he said.",
		quote: "I am ready", speaker: "Hugo Brandt"},
	{rule: "salience-inverted-speech-subject", pos: true,
		text:  "In Halifax, Ragip Toma, 49, and Zeyno Sahin, 39, hope to apply soon. Toma has not found work. The family will manage, adds Sahin.\n\"We can borrow the money,\" she says.",
		quote: "We can borrow the money", speaker: "Zeyno Sahin"},
	{rule: "salience-inverted-speech-subject", pos: false,
		text:  "Judge Alan Voss ruled for the station. He denied Mr. Kettering's request for the phone numbers.\n\"This has become a bitter fight,\" he wrote.",
		quote: "This has become a bitter fight", speaker: "Kettering"},
	{rule: "subject-before-lower-case-verb", pos: true,
		text:  "Opposition leader Neil Osterhout spoke on Sunday.\nPresident Wade Lorimer complicated matters with a post on Monday.\nIt is a remark that Osterhout found troubling.\n\"We would never accept that,\" he said.",
		quote: "We would never accept that", speaker: "Neil Osterhout"},
	{rule: "subject-before-lower-case-verb", pos: false,
		text:  "Neil Osterhout played in Denver.\nCoach Wade Lorimer praised the deal that brought in Osterhout last week.\n\"We needed a goalie,\" he said.",
		quote: "We needed a goalie", speaker: "Neil Osterhout"},
	// where the attribution stands
	{rule: "cue-ends-sentence", pos: true,
		text:  "Hunt monitor Jill Marsh said she had seen cruelty. If riders tried to \"run rings around this law\" it would only be made tougher, she said.",
		quote: "run rings around this law", speaker: "Jill Marsh", outRule: "cue-ends-sentence"},
	{rule: "cue-ends-sentence", pos: true,
		text:  "\"Fallen trees have blocked many roads in the valley\" including near the lake, the utility said in a statement.",
		quote: "Fallen trees have blocked", speaker: "utility", outRule: "cue-ends-sentence"},
	{rule: "cue-ends-sentence", pos: false,
		text:  "The band played \"a song for the rainy days ahead\" in the square, Ines Ortiz said the crowd was small.",
		quote: "a song for the rainy days", speaker: "Ines Ortiz"},
	{rule: "cue-before-over-earlier-quote", pos: true,
		text:  "In May, Governor Alma Reyes called the protesters \"cowards\" who \"want to tear this state apart for nothing.\"",
		quote: "want to tear this state apart", speaker: "Alma Reyes", outRule: ruleCueBefore},
	{rule: "cue-before-over-earlier-quote", pos: false,
		text:  "The sign read \"closed\" and the bakery, run by Alma Reyes, sold \"the best bread in the whole county.\"",
		quote: "the best bread", speaker: "Alma Reyes"},
	{rule: "apposition-with-abbreviation", pos: true,
		text:  "\"Rates will stay high for a while,\" Dev Anand, chief economist at Harbour Capital Inc., said in an interview.",
		quote: "Rates will stay high", speaker: "Dev Anand", outRule: ruleCueAfter},
	{rule: "apposition-with-abbreviation", pos: false,
		text:  "Shares of Harbour Capital Inc. fell. \"Rates will stay high for a while,\" the bank's report warned readers.",
		quote: "Rates will stay high", speaker: "Harbour Capital Inc"},
	{rule: "adjectives-before-noun", pos: true,
		text:  "Dieter Kaltz is aware of the risk.\n\"Nobody makes money on small cars,\" the tall, soft-spoken engineer said.",
		quote: "Nobody makes money", speaker: "Dieter Kaltz", outRule: ruleCueAfter},
	{rule: "adjectives-before-noun", pos: false,
		text:  "Dieter Kaltz scored late.\n\"I will remember this goal,\" said the rookie winger, cousin of Marco Kaltz of the Lynx.",
		quote: "I will remember this goal", speaker: "Marco Kaltz"},
	{rule: "passive-speech-verb", pos: true,
		text:  "Foreign Affairs says on its website that Britons are still advised to \"take great care in the border regions.\"",
		quote: "take great care", speaker: "Foreign Affairs", outRule: ruleCueBefore},
	{rule: "passive-speech-verb", pos: false,
		text:  "Foreign Affairs says on its website that Britons are still advised to \"take great care in the border regions.\"",
		quote: "take great care", speaker: "Britons"},
	{rule: "cue-ends-sentence-apposition", pos: true,
		text:  "Retired driver Omar Bekele, who lost 12 pounds \"and most of my worries\" over the summer, says the walks changed his life.",
		quote: "and most of my worries", speaker: "Omar Bekele", outRule: "cue-ends-sentence"},
	{rule: "cue-ends-sentence-apposition", pos: false,
		text:  "Retired driver Omar Bekele, who lost 12 pounds \"and most of my worries\" over the summer, says the walks changed his life.",
		quote: "and most of my worries", speaker: "walks changed his life"},
	{rule: "participle-is-no-attribution", pos: true,
		text:  "\"This is not a raid,\" one senior defence official said, speaking on condition of anonymity. Minister Ola Berg had spoken earlier.",
		quote: "This is not a raid", speaker: "senior defence official"},
	{rule: "participle-is-no-attribution", pos: false,
		text:  "Minister Ola Berg spoke first. The talks went on. Officials met \"to plan the next steps in the region\" in June, speaking on condition of anonymity.",
		quote: "to plan the next steps", speaker: "Ola Berg"},
	{rule: "one-described-person", pos: true,
		text:  "As one veteran of the shipyard put it: \"No ship was ever finished on time.\"",
		quote: "No ship was ever finished", speaker: "veteran of the shipyard"},
	{rule: "one-described-person", pos: false,
		text:  "\"Please help our coach find a donor,\" says one of the players.",
		quote: "Please help our coach", speaker: "of the players"},
	{rule: "speech-noun-after-adjective", pos: true,
		text:  "\"Forget the rivals,\" Lars Ekdahl said. And then came the big reveal: \"I have invested in the firm myself.\"",
		quote: "I have invested", speaker: "Lars Ekdahl"},
	{rule: "speech-noun-after-adjective", pos: false,
		text:  "\"Forget the rivals,\" Lars Ekdahl said. And then came the big reveal: \"I have invested in the firm myself.\"",
		quote: "I have invested", speaker: "big"},
	{rule: "speech-noun-after-adjective", pos: false,
		text:  "The agency issued a stern warning that prices were \"likely to rise sharply next year.\"",
		quote: "likely to rise sharply", speaker: "stern"},
	{rule: "speech-verb-after-body-noun", pos: true,
		text:  "Premier Dana Holt was not available. In a statement, her office said: \"The premier is travelling this week.\"",
		quote: "The premier is travelling", speaker: "her office"},
	{rule: "speech-verb-after-body-noun", pos: false,
		text:  "Premier Dana Holt was not available. Her office gave a brief reply: \"The premier is travelling this week.\"",
		quote: "The premier is travelling", speaker: "brief"},
	// speaker phrases (speakerphrase.go)
	{rule: "owner-document", pos: true,
		text:  "After the vote, Senator Ruth Adeyemi posted a note online. \"The system must be fair to everyone,\" her statement said.",
		quote: "The system must be fair", speaker: "Ruth Adeyemi"},
	{rule: "owner-document", pos: false,
		text:  "The Harbour Trust wrote to Ruth Adeyemi on Monday. \"The system must be fair to everyone,\" the statement said.",
		quote: "The system must be fair", speaker: "Ruth Adeyemi"},
	{rule: "document-of-named-body", pos: true,
		text:  "Dara Okafor, 10, died on Thursday while his mother \"was dealing with a problem at home,\" according to a Bayview police news release.",
		quote: "was dealing with a problem", speaker: "Bayview police"},
	{rule: "document-of-named-body", pos: false,
		text:  "Dara Okafor, 10, died on Thursday while his mother \"was dealing with a problem at home,\" according to a news release.",
		quote: "was dealing with a problem", speaker: "news release"},
	{rule: "document-of-sentence-subject", pos: true,
		text:  "The Northern Nurses Association sent a letter to the minister on Monday. \"Patients are waiting too long,\" the letter said.",
		quote: "Patients are waiting", speaker: "Northern Nurses Association"},
	{rule: "document-of-sentence-subject", pos: false,
		text:  "The Northern Nurses Association sent a letter to the minister on Monday. \"Patients are waiting too long,\" the letter said.",
		quote: "Patients are waiting", speaker: "letter"},
	{rule: "relative", pos: true,
		text:  "Karl Lind, 19, died in the crash. \"He was a kind boy,\" his mother said.",
		quote: "He was a kind boy", speaker: "his mother"},
	{rule: "relative", pos: true,
		text:  "Karl Lind, 19, died in the crash. His mother, Eva Lind, was at home. \"He was a kind boy,\" his mother said.",
		quote: "He was a kind boy", speaker: "Eva Lind"},
	{rule: "relative", pos: false,
		text:  "Karl Lind, 19, died in the crash. \"He is gone, he is gone,\" the father repeated.",
		quote: "He is gone", speaker: "Karl Lind"},
	{rule: "lawyer-in-apposition", pos: true,
		text:  "Tom Reyes was arrested in May. \"My client is innocent,\" his lawyer, Jane Doe, said.",
		quote: "My client is innocent", speaker: "Jane Doe"},
	{rule: "lawyer-in-apposition", pos: false,
		text:  "Tom Reyes was arrested in May. \"My client is innocent,\" his lawyer said.",
		quote: "My client is innocent", speaker: "Tom Reyes"},
	{rule: "owned-person-in-apposition", pos: true,
		text:  "\"If Mira had not pushed him, he would have quit,\" says Lund's father, Henrik.",
		quote: "If Mira had not pushed", speaker: "Henrik"},
	{rule: "owned-person-in-apposition", pos: false,
		text:  "\"If Mira had not pushed him, he would have quit,\" says Lund's father, who coached him.",
		quote: "If Mira had not pushed", speaker: "who coached him"},
	{rule: "body-noun", pos: true,
		text:  "The Lakeside Police Review Commission published its report on Friday. \"Oversight is essential,\" the commission said.",
		quote: "Oversight is essential", speaker: "Lakeside Police Review Commission"},
	{rule: "body-noun", pos: false,
		text:  "The Daily Courier reported the review on Friday. \"Oversight is essential,\" the commission said.",
		quote: "Oversight is essential", speaker: "Daily Courier"},
	{rule: "role-holder", pos: true,
		text:  "Peter Bauer was detained at the border last year. The home secretary said: \"We will not launch an inquiry.\" Home Secretary Alan Finch is under pressure.",
		quote: "We will not launch an inquiry", speaker: "Alan Finch"},
	{rule: "role-holder", pos: true,
		text:  "Peter Bauer was detained at the border last year. The home secretary said: \"We will not launch an inquiry.\"",
		quote: "We will not launch an inquiry", speaker: "home secretary"},
	{rule: "role-holder", pos: false,
		text:  "Peter Bauer was detained at the border last year. The home secretary said: \"We will not launch an inquiry.\"",
		quote: "We will not launch an inquiry", speaker: "Peter Bauer"},
	{rule: "role-holder", pos: true,
		text:  "Ruth Penrose has appealed for unity on Monday. The chancellor said: \"We stand together.\"",
		quote: "We stand together", speaker: "Ruth Penrose"},
	{rule: "role-holder", pos: false,
		text:  "Marcus Hale has appealed for unity after reports claimed Ruth Penrose broke a pledge. The chancellor said: \"We stand together.\"",
		quote: "We stand together", speaker: "Ruth Penrose"},
	{rule: "described-person", pos: true,
		text:  "Guido Marsh knows the risks.\n\"Nobody makes money on this,\" the affable proprietor said.",
		quote: "Nobody makes money", speaker: "Guido Marsh"},
	{rule: "described-person", pos: false,
		text:  "Guido Marsh knows the risks.\n\"Nobody makes money on this,\" the new rules say.",
		quote: "Nobody makes money", speaker: "Guido Marsh"},
	// session 11: a relative's noun heading an apposition gives the
	// person's gender ("NAME of Shelton, a father of four,"), which a
	// later "she" must agree with; "NAME, her husband" lists two people
	{rule: "apposition-kin-gender", pos: false,
		text:  "Police said Dana Okoro of Shelton, a father of four, was killed.\n\"He was a good guy,\" she said.",
		quote: "He was a good guy", speaker: "Dana Okoro"},
	{rule: "apposition-kin-gender", pos: true,
		text:  "Police said Dana Okoro, her husband and two sons were at the march.\n\"We were scared,\" she said.",
		quote: "We were scared", speaker: "Dana Okoro"},
	// session 11: a lower-case noun for a person right before a full name
	// makes it a person ("said neighbor Deshabille Payne"); an age word
	// opening the name is no part of it
	{rule: "human-noun-before-name", pos: true,
		text:  "\"Nobody died, thank God,\" said neighbor Deshabelle Paine. \"It was a mess,\" Paine said.",
		quote: "It was a mess", speaker: "Deshabelle Paine"},
	{rule: "human-noun-before-name", pos: true,
		text:  "Sixty-year-old Debora Tamsin lives next door.\n\"My son called me,\" said Debora Tamsin.",
		quote: "My son called me", speaker: "Debora Tamsin"},
	{rule: "human-noun-before-name", pos: false,
		text:  "\"Nobody died, thank God,\" said the neighbor. \"It was a mess,\" Paine said.",
		quote: "It was a mess", speaker: "Deshabelle Paine"},
	// session 11: "said NAME, X's mother": the apposition describes the
	// named speaker; it names no other
	{rule: "named-then-apposition", pos: true,
		text:  "Nineteen-year-old Christian Dawes died on Sunday.\n\"Time just stood still,\" said Audrey Dawes, Christian's mother.",
		quote: "Time just stood still", speaker: "Audrey Dawes"},
	{rule: "named-then-apposition", pos: true,
		text:  "\"He never wanted to shoot anybody,\" said Joseph Gutman, Bentley's defense attorney.",
		quote: "He never wanted to shoot anybody", speaker: "Joseph Gutman"},
	{rule: "named-then-apposition", pos: false,
		text:  "Nineteen-year-old Christian Dawes died on Sunday.\n\"Time just stood still,\" said his mother, Audrey Dawes.",
		quote: "Time just stood still", speaker: "Christian Dawes"},
	// session 11: a full name after a relative's noun owned by a person
	// ("said his uncle, NAME.") is a person, even when its last word is a
	// state's name
	{rule: "owned-relative-name", pos: true,
		text:  "\"He always made everybody laugh,\" said his uncle, Efram Washington. \"It's a hard pill to swallow.\"",
		quote: "He always made everybody laugh", speaker: "Efram Washington"},
	{rule: "owned-relative-name", pos: true,
		text:  "Christian's cousin, Amber German, was also at the party.\n\"The atmosphere shifted quickly,\" German said.",
		quote: "The atmosphere shifted quickly", speaker: "Amber German"},
	{rule: "owned-relative-name", pos: false,
		text:  "\"He always made everybody laugh,\" said his uncle, visiting from Washington.",
		quote: "He always made everybody laugh", speaker: "Washington"},
	// session 11: a state's name that is the surname of someone in the
	// story is that person before a speech verb, not the state
	{rule: "state-name-surname", pos: true,
		text:  "Broward Sheriff Scott Israel arrived at the school.\n\"It looks like he acted alone,\" Israel said.",
		quote: "It looks like he acted alone", speaker: "Scott Israel"},
	{rule: "state-name-surname", pos: true,
		text:  "County police Lt. Mike Ireland spoke at the scene.\n\"It's a tragic time for all the families,\" Ireland said.",
		quote: "It's a tragic time", speaker: "Mike Ireland"},
	{rule: "state-name-surname", pos: false,
		text:  "Broward Sheriff Scott Israel arrived at the school.\n\"We will respond to every attack,\" Israel's army said.",
		quote: "We will respond to every attack", speaker: "Scott Israel"},
	// session 11: a speech participle after a comma is the sentence
	// subject's, past the verb's object and its relative clause
	{rule: "participle-of-subject", pos: true,
		text:  "Adrian Garza spoke on Monday.\nGarza chastised the party organizers, who advertised the event online, saying \"you have no control over who comes to your door.\"",
		quote: "you have no control", speaker: "Adrian Garza"},
	{rule: "participle-of-subject", pos: true,
		text:  "When the host died, President Tom Bush led the tributes, saying the presenter \"had a profound influence on American life\".",
		quote: "had a profound influence", speaker: "Tom Bush"},
	{rule: "participle-of-subject", pos: false,
		text:  "Adrian Garza spoke on Monday.\nThe organizers, who advertised the event online, issued a statement saying \"you have no control over who comes to your door.\"",
		quote: "you have no control", speaker: "Adrian Garza"},
	// session 11: a plural noun is a group, not the last person named; the
	// head of "the mother of one of the victims" is singular
	{rule: "described-person", pos: false,
		text:  "Guido Marsh runs the clinic.\n\"As physicians, we have seen the damage flu does,\" the physicians wrote.",
		quote: "As physicians, we have seen", speaker: "Guido Marsh"},
	{rule: "described-person", pos: true,
		text:  "Guido Marsh lost his son in the shooting.\n\"Nobody should die like this,\" said the father of one of the victims.",
		quote: "Nobody should die like this", speaker: "Guido Marsh"},
	// a noun introduced as someone's ("a reporter's source") is an unnamed
	// speaker, as one introduced with "a" is
	{rule: "introduced-possessive", pos: true,
		text:  "\"I can say that,\" Charles Simmons said.\nA reporter Nisan Ahmed's source inside the camp said the claim was false.\n\"Nobody is stopping civilians from leaving,\" the source said.",
		quote: "Nobody is stopping civilians", speaker: "source"},
	{rule: "introduced-possessive", pos: false,
		text:  "\"I can say that,\" Charles Simmons said.\nA reporter Nisan Ahmed's source inside the camp said the claim was false.\n\"Nobody is stopping civilians from leaving,\" the source said.",
		quote: "Nobody is stopping civilians", speaker: "Charles Simmons"},
	{rule: "joined-subject-they", pos: true,
		text:  "In a statement, the bakery's owners Tove Lund and Lina Abbas said they respected the vote.\n\"Our staff come first,\" they said.",
		quote: "Our staff come first", speaker: "Tove Lund and Lina Abbas"},
	{rule: "joined-subject-they", pos: false,
		text:  "Tove Lund met Lina Abbas at the bakery. The Harbour Union later issued a statement.\n\"Our staff come first,\" they said.",
		quote: "Our staff come first", speaker: "Tove Lund and Lina Abbas"},
	{rule: "tie-modifiers", pos: true,
		text:  "In a statement, Moscow-backed Donetsk Guard said: \"We hold the bridge.\"",
		quote: "We hold the bridge", speaker: "Donetsk Guard"},
	{rule: "tie-modifiers", pos: false,
		text:  "In a statement, Moscow-backed Donetsk Guard said: \"We hold the bridge.\"",
		quote: "We hold the bridge", speaker: "Moscow-backed Donetsk Guard"},
	{rule: "speech-noun-before-verb", pos: true,
		text:  "Home Secretary Alan Finch said the media reports were not \"well informed at all.\"",
		quote: "well informed", speaker: "Alan Finch"},
	{rule: "speech-noun-before-verb", pos: false,
		text:  "Home Secretary Alan Finch said the media reports were not \"well informed at all.\"",
		quote: "well informed", speaker: "media"},
	{rule: "surname-not-the-relative", pos: true,
		text:  "Chef Ilse Brandauer has written nine books. She visited the kitchen with her husband Otto Brandauer on Monday.\n\"I burned down my parents' kitchen at 12,\" Brandauer says.",
		quote: "I burned down", speaker: "Ilse Brandauer"},
	{rule: "surname-not-the-relative", pos: false,
		text:  "Chef Ilse Brandauer has written nine books. Her husband, the cyclist Otto Brandauer, won a race on Monday.\n\"I was in front from the start,\" Brandauer says of the race.",
		quote: "I was in front", speaker: "Ilse Brandauer"},
	// a surname alone found before a second bearer's full name is known
	// (one whose given name the lists lack) waits until every full name is
	{rule: "surname-waits-for-every-full-name", pos: true,
		text:  "Readers know Ysolde Marchetti for her books on bread.\nShe came to the bakery with her husband Paolo Marchetti on Monday.\n\"I burned my first loaf at nine,\" Marchetti says.",
		quote: "I burned my first loaf", speaker: "Ysolde Marchetti"},
	{rule: "surname-waits-for-every-full-name", pos: true,
		text:  "The museum hired Oriane Vasseur last spring. Her brother Jean Vasseur runs the cafe next door.\n\"We will open a new wing next year,\" Vasseur said.",
		quote: "We will open a new wing", speaker: "Oriane Vasseur"},
	{rule: "surname-waits-for-every-full-name", pos: false,
		text:  "The museum hired Oriane Vasseur last spring. The painter Luc Vasseur, no relation, showed his work there in May.\n\"We will open a new wing next year,\" Vasseur said.",
		quote: "We will open a new wing", speaker: "Oriane Vasseur"},
	// "the 39-year-old" and "the 39-year-old founder of X" are the person in
	// focus; "a 41-year-old neighbour" is someone new
	// session 9: "the mother of three", "the father-of-four" describe the
	// person in focus; "the mother" alone may be anyone's and stays
	// unresolved
	{rule: "kin-epithet", pos: true,
		text:  "Nadia Karim, whose son was killed in the blast, spoke outside court. \"I want justice, not revenge,\" the mother of three said.",
		quote: "I want justice", speaker: "Nadia Karim"},
	{rule: "kin-epithet", pos: true,
		text:  "Tom Baker, 71, has lived on the street for 40 years. \"I have never seen water like it,\" the father-of-four said.",
		quote: "I have never seen water", speaker: "Tom Baker"},
	{rule: "kin-epithet", pos: false,
		text:  "Nadia Karim, whose son was killed in the blast, spoke outside court. \"I want justice, not revenge,\" the mother said.",
		quote: "I want justice", speaker: "Nadia Karim"},
	// the agent of a passive describing verb said the words quoted
	{rule: "passive-agent", pos: true,
		text:  "Mark Dunn joined the firm in May. He was described by a colleague as \"the hardest worker in the whole building\".",
		quote: "the hardest worker", speaker: "colleague"},
	{rule: "passive-agent", pos: false,
		text:  "Chief executive Mark Dunn was quoted by the Daily Ledger as saying the airline could no longer remain \"a truly national carrier\".",
		quote: "a truly national carrier", speaker: "Daily Ledger"},
	// a plural of a listed person's noun is a speaker; a verb before it,
	// regular or not, is no part of the phrase
	{rule: "plural-person-noun-speaker", pos: true,
		text:  "Dana Ruiz spoke to reporters. But Ruiz said she heard students shout, \"Close the mine now!\"",
		quote: "Close the mine now", speaker: "students"},
	{rule: "plural-person-noun-speaker", pos: false,
		text:  "Dana Ruiz spoke to reporters. But Ruiz said she heard students shout, \"Close the mine now!\"",
		quote: "Close the mine now", speaker: "Dana Ruiz"},
	// "on" joins the capitalised words of a body's name, not a day
	{rule: "on-inside-body-name", pos: true,
		text:  "As the Select Committee on Rivers and Lakes has pointed out, the plan would \"drain the wetlands within a decade\".",
		quote: "drain the wetlands", speaker: "Select Committee on Rivers and Lakes"},
	{rule: "on-inside-body-name", pos: false,
		text:  "Mara Quill, the campaign chief, spoke to the press. \"We will win the seat back,\" she told the Times on Monday.",
		quote: "We will win the seat back", speaker: "Times on Monday"},
	// a lone lower-case word that only looks like a person's noun is no speaker
	{rule: "lone-word-needs-listed-noun", pos: false,
		text:  "Council staff were briefed on Monday. Despite recent comments that the \"budget is nearly spent again\", nothing changed.",
		quote: "budget is nearly spent", speaker: "recent"},
	{rule: "lone-word-needs-listed-noun", pos: true,
		text:  "\"The budget is nearly spent,\" residents said on Monday.",
		quote: "The budget is nearly spent", speaker: "residents"},
	// an auxiliary or question word opening a question is no part of a name
	{rule: "question-word-no-name", pos: true,
		text:  "Nadia Kerr left the show on Friday.\nPOLL   Was Nadia Kerr right to quit?\n\"I had no idea,\" Kerr said.",
		quote: "I had no idea", speaker: "Nadia Kerr"},
	{rule: "question-word-no-name", pos: false,
		text:  "Nadia Kerr left the show on Friday.\nPOLL   Was Nadia Kerr right to quit?\n\"I had no idea,\" Kerr said.",
		quote: "I had no idea", speaker: "POLL   Was Nadia Kerr"},
	// a day's name after a given name is a surname, as a month's is
	// a month that is a given name, after a description or a comma
	{rule: "month-given-name", pos: true,
		text:  "The school held a vigil on Monday.\n\"He was always the first to help,\" said maths teacher June Harlow.",
		quote: "He was always the first", speaker: "June Harlow"},
	{rule: "month-given-name", pos: true,
		text:  "The boy was taken to hospital.\n\"He is hanging in there,\" his mother, April Dunmore, said on Tuesday.",
		quote: "He is hanging in there", speaker: "April Dunmore"},
	{rule: "month-given-name", pos: false,
		text:  "Councillor Ruth Harlow opposed the plan. In June Harlow said: \"We will not back down.\"",
		quote: "We will not back down", speaker: "June Harlow"},
	{rule: "day-or-month-surname", pos: true,
		text:  "\"We can win this,\" said the sevens coach Mike Friday.",
		quote: "We can win this", speaker: "Mike Friday"},
	{rule: "day-or-month-surname", pos: false,
		text:  "Mike Dunn spoke on Friday. \"We can win this,\" he said.",
		quote: "We can win this", speaker: "Mike Dunn Friday"},
	// a sentence opening with a participle: "Knowing Ruiz" is no name
	{rule: "participle-opener", pos: true,
		text:  "Ana Cruz met Tomas Ruiz at a book fair.\nKnowing Ruiz was a keen sailor, Cruz booked a boat. \"It was a gamble,\" she said.",
		quote: "It was a gamble", speaker: "Ana Cruz"},
	{rule: "participle-opener", pos: false,
		text:  "Irving Pell spoke at the fair on Sunday. \"It was a gamble,\" he said.",
		quote: "It was a gamble", speaker: "Pell"},
	// a capitalised opener before a given name and a surname written
	// elsewhere without it is no part of the name
	{rule: "opener-before-name", pos: true,
		text:  "Dana Okafor said the vote was rigged.\nRival Dana Okafor had mocked the claim, saying \"it is not a serious plan.\"",
		quote: "it is not a serious plan", speaker: "Dana Okafor"},
	// a noun for what someone does opens the sentence before the name
	{rule: "occupation-opener", pos: true,
		text:  "The crowd fled as the roof fell.\nPhotographer Lena Sorensen wrote: \"I could not stop shaking.\"",
		quote: "I could not stop shaking", speaker: "Lena Sorensen"},
	{rule: "occupation-opener", pos: false,
		text:  "The crowd fled as the roof fell.\nTyler Anne Brooks wrote: \"I could not stop shaking.\"",
		quote: "I could not stop shaking", speaker: "Anne Brooks"},
	// dt6 (session 26): the same noun after a title word or a lower-case
	// word inside a sentence is a title too; not after a comma, where an
	// unknown given name may end the same way
	{rule: "occupation-title", pos: true,
		text:  "The crowd fled as the roof fell.\n\"I could not stop shaking,\" said Security Supervisor Lena Sorensen.",
		quote: "I could not stop shaking", speaker: "Lena Sorensen"},
	{rule: "occupation-title", pos: true,
		text:  "The crowd fled as the roof fell.\n\"I could not stop shaking,\" said Supervisor Lena Sorensen.",
		quote: "I could not stop shaking", speaker: "Lena Sorensen"},
	{rule: "occupation-title", pos: false,
		text:  "The crowd fled as the roof fell.\nOn Monday, Zandover Anne Brooks wrote: \"I could not stop shaking.\"",
		quote: "I could not stop shaking", speaker: "Anne Brooks"},
	{rule: "opener-before-name", pos: false,
		text:  "Tomas Okafor said the vote was rigged.\nRival Dana Okafor had mocked the claim, saying \"it is not a serious plan.\"",
		quote: "it is not a serious plan", speaker: "Dana Okafor"},
	{rule: "age-described-person", pos: true,
		text:  "I am talking about Alfonso Ribera, who was born in Peru and moved north.\n\"We publish only local artists,\" says the 39-year-old founder of Tintero Press, which opened last year.",
		quote: "We publish only local artists", speaker: "Alfonso Ribera"},
	{rule: "age-described-person", pos: true,
		text:  "Dana Okafor ran the marathon for the first time on Sunday.\n\"My legs gave out at mile 20,\" said the 41-year-old.",
		quote: "My legs gave out", speaker: "Dana Okafor"},
	{rule: "age-described-person", pos: false,
		text:  "Dana Okafor ran the marathon for the first time on Sunday.\n\"She ran like the wind all day,\" said a 41-year-old neighbour.",
		quote: "She ran like the wind", speaker: "Dana Okafor"},
	{rule: "acronym-expanded", pos: true,
		text:  "The Northern Ports Authority said on Monday that traffic fell. \"Volumes are down sharply,\" the NPA said.",
		quote: "Volumes are down", speaker: "Northern Ports Authority"},
	{rule: "acronym-expanded", pos: false,
		text:  "The NPA said on Monday that traffic fell. \"Volumes are down sharply,\" the NPA said of the New Port Area.",
		quote: "Volumes are down", speaker: "New Port Area"},
	{rule: "body-that-said", pos: true,
		text:  "The Harbour Trust said on Friday that two boats had sunk near the reef.\n\"The search continues through the night,\" it said.",
		quote: "The search continues", speaker: "Harbour Trust"},
	{rule: "body-that-said", pos: false,
		text:  "WATCH: Bomb threats demanding payment investigated across the region\n\"Several addresses sent these threats,\" it said.",
		quote: "Several addresses", speaker: "Bomb threats"},
	{rule: "acronym-is-no-he", pos: true,
		text:  "HPA declined to answer questions about the policy. \"We respect the privacy of our clients,\" it said in a statement.",
		quote: "We respect the privacy", speaker: "HPA"},
	{rule: "acronym-is-no-he", pos: false,
		text:  "The HPA said it paid the claim. Mark Olsen leads the HPA. \"We paid in full,\" he said.",
		quote: "We paid in full", speaker: "HPA"},
	{rule: "title-of-work", pos: false,
		text:  "That is according to the college's latest \"List of Words Banished from Polite Conversation.\"",
		quote: "List of Words", speaker: ""},
	{rule: "title-of-work", pos: true,
		text:  "Raul Mason, 37, kicked in the door. \"I am the Reaper,\" Mason shouted.",
		quote: "I am the Reaper", speaker: "Raul Mason"},
	{rule: "inverted-speaker-before-punctuation", pos: true,
		text:  "Asked about the vote, said Councillor Mia Roth: \"We will appeal.\"",
		quote: "We will appeal", speaker: "Mia Roth"},
	{rule: "inverted-speaker-before-punctuation", pos: false,
		text:  "Lena Kraus, who studied there, said Covington Academy has \"a culture of fear and silence.\"",
		quote: "a culture of fear", speaker: "Covington Academy"},
	{rule: "apposition-left-open", pos: true,
		text:  "Rates stayed on hold. Ruth Kerrow, economist at Halden Insight said the bank \"may well raise rates in the spring\".",
		quote: "may well raise rates", speaker: "Ruth Kerrow"},
	{rule: "apposition-left-open", pos: false,
		text:  "Rates stayed on hold. Ruth Kerrow, economist at Halden Insight said the bank \"may well raise rates in the spring\".",
		quote: "may well raise rates", speaker: "Halden Insight"},
	{rule: "name-in-apposition-post-nominal", pos: true,
		text:  "Rates will rise again. The Tory housing spokesman, Alan Brodie MSP, said: \"It is a stealth tax.\"",
		quote: "It is a stealth tax", speaker: "Alan Brodie"},
	{rule: "name-in-apposition-post-nominal", pos: false,
		text:  "Rates will rise again. The Tory housing spokesman, Alan Brodie MSP, said: \"It is a stealth tax.\"",
		quote: "It is a stealth tax", speaker: "Tory housing spokesman"},
	{rule: "appositions-in-a-row", pos: true,
		text:  "Joe Nagel, a graduate and a commissioner in Kenton County, where the school is, said the photo \"misrepresents the school entirely.\"",
		quote: "misrepresents the school", speaker: "Joe Nagel"},
	{rule: "appositions-in-a-row", pos: false,
		text:  "Joe Nagel, a graduate and a commissioner in Kenton County, where the school is, said the photo \"misrepresents the school entirely.\"",
		quote: "misrepresents the school", speaker: "Kenton County"},
	{rule: "phrase-ends-at-participle-day-or-verb", pos: true,
		text:  "On Saturday, the Harbour Trust of Lexford condemned the plan and promised action \"up to and including a lawsuit.\"",
		quote: "up to and including", speaker: "Harbour Trust of Lexford"},
	{rule: "phrase-ends-at-participle-day-or-verb", pos: false,
		text:  "The consular office also published a notice Tuesday. It urged citizens to \"fully assess the risks of travel.\"",
		quote: "fully assess the risks", speaker: "notice Tuesday"},
	{rule: "place-or-clause", pos: false,
		text:  "Protesters gathered in Liberty Square chanting \"no deal without a vote for us.\"",
		quote: "no deal without a vote", speaker: "Liberty Square"},
	{rule: "place-or-clause", pos: false,
		text:  "But he said the general message the Greens will bring to voters \"will be a hopeful one for all.\"",
		quote: "will be a hopeful one", speaker: "general message the Greens"},
	{rule: "place-or-clause", pos: true,
		text:  "In a statement, the Liberty Square Residents Association said: \"We want the market back.\"",
		quote: "We want the market back", speaker: "Liberty Square Residents Association"},
	{rule: "document-author", pos: true,
		text:  "The two leaders discussed \"the detention of citizens abroad and the rule of law,\" said a statement released by the Premier's Office.",
		quote: "the detention of citizens", speaker: "Premier's Office"},
	{rule: "document-author", pos: false,
		text:  "Statistics Norway published figures on Monday. The board \"believed in the value of local news,\" according to a memo obtained by The Courier.",
		quote: "believed in the value", speaker: "Courier"},
	{rule: "participle-after-said", pos: true,
		text:  "Prime Minister Hal Berger spoke on the radio. The main thing was action and not words, he said, adding that only \"six or seven million pounds\" had been spent.",
		quote: "six or seven million", speaker: "Hal Berger"},
	{rule: "participle-after-said", pos: false,
		text:  "Prime Minister Hal Berger spoke on the radio. The main thing was action and not words, adding that only \"six or seven million pounds\" had been spent.",
		quote: "six or seven million", speaker: "main thing"},
	{rule: "description-ends-on-person-noun", pos: true,
		text:  "Letters poured in. \"This is an outrage and a slap in the face,\" a citizen, whose name is withheld, wrote in May.",
		quote: "This is an outrage", speaker: "citizen"},
	{rule: "description-ends-on-person-noun", pos: false,
		text:  "Letters poured in. \"This is an outrage and a slap in the face,\" the main thing, in the end, said little.",
		quote: "This is an outrage", speaker: "main thing"},
	{rule: "name-of-body", pos: true,
		text:  "\"The worries are about further tariffs,\" Jun Okabe of Kelso Capital said in a note.",
		quote: "The worries are about", speaker: "Jun Okabe"},
	{rule: "name-of-body", pos: false,
		text:  "\"The worries are about further tariffs,\" the Bank of Lexford said in a note.",
		quote: "The worries are about", speaker: "Bank"},
	{rule: "body-of-name", pos: true,
		text:  "On Saturday, the Catholic Diocese of Lexford condemned the students and promised action \"up to and including expulsion.\"",
		quote: "up to and including", speaker: "Catholic Diocese of Lexford"},
	{rule: "body-of-name", pos: false,
		text:  "\"We will act,\" said Mayor Ana Lexford of Dunmore.",
		quote: "We will act", speaker: "Mayor Ana Lexford of Dunmore"},
	{rule: "person-noun-for-name", pos: true,
		text:  "\"The prime minister regrets the delay,\" a spokesman for Prime Minister Hal Berger said.",
		quote: "The prime minister regrets", speaker: "spokesman for Prime Minister Hal Berger"},
	{rule: "person-noun-for-name", pos: true,
		text:  "A spokesperson for the Foreign Office repeated that the plan was \"unlawful and a threat to peace.\"",
		quote: "unlawful and a threat", speaker: "spokesperson for the Foreign Office"},
	{rule: "person-noun-for-name", pos: false,
		text:  "Then-minister of transport Hal Berger said in 2016 that he was \"keenly aware of the need to act.\"",
		quote: "keenly aware", speaker: "Then-minister of transport Hal Berger"},
	{rule: "role-holder-fits-phrase", pos: true,
		text:  "Opposition spokesman Ian Moore spoke first. The prime minister's official spokesman also rejected the claims, saying: \"The words were his own.\"",
		quote: "The words were his own", speaker: "prime minister's official spokesman"},
	{rule: "role-holder-fits-phrase", pos: false,
		text:  "Opposition spokesman Ian Moore spoke first. The prime minister's official spokesman also rejected the claims, saying: \"The words were his own.\"",
		quote: "The words were his own", speaker: "Ian Moore"},
	{rule: "role-holder-fits-phrase", pos: true,
		text:  "Opposition spokesman Ian Moore spoke first. \"We will vote against it,\" the spokesman said.",
		quote: "We will vote against it", speaker: "Ian Moore"},
	{rule: "name-with-for-or-of", pos: true,
		text:  "A spokeswoman for the Department for Rural Affairs said: \"We have made a clear commitment to farmers.\"",
		quote: "We have made a clear commitment", speaker: "spokeswoman for the Department for Rural Affairs"},
	{rule: "name-with-for-or-of", pos: false,
		text:  "A spokeswoman for the Department for Rural Affairs said: \"We have made a clear commitment to farmers.\"",
		quote: "We have made a clear commitment", speaker: "Rural Affairs"},
	{rule: "object-of-preposition-is-no-subject", pos: true,
		text:  "A statement from the Harbour Union said: \"We will strike on Monday.\"",
		quote: "We will strike", speaker: "Harbour Union"},
	{rule: "object-of-preposition-is-no-subject", pos: true,
		text:  "Speaking in Harlow Mr Kendrick said: \"People want a party with a vision.\"",
		quote: "People want a party", speaker: "Kendrick"},
	{rule: "object-of-preposition-is-no-subject", pos: false,
		text:  "In a statement, the inmate known as 'B' in Wexham Prison said: \"I hope the government will act.\"",
		quote: "I hope the government", speaker: "Wexham Prison"},
	{rule: "time-before-verb", pos: true,
		text:  "Opposition leader Ray Dunmore last week said his team had reached a \"collective view\" on the cards after a \"good discussion among colleagues\".",
		quote: "good discussion among colleagues", speaker: "Ray Dunmore"},
	{rule: "time-before-verb", pos: false,
		text:  "Earlier this year the Royal College of Surgeons said obesity was \"an epidemic in the making for all of us\".",
		quote: "an epidemic in the making", speaker: "Earlier this year the Royal College of Surgeons"},
	{rule: "adverb-opening-sentence", pos: true,
		text:  "Privately ministers believe this will be the \"less painful option for everyone\".",
		quote: "less painful option", speaker: "ministers"},
	{rule: "adverb-opening-sentence", pos: false,
		text:  "Rally Norden, the group behind the protest, said the survey was \"flawed and far too slow for rural users\".",
		quote: "flawed and far too slow", speaker: "Norden"},
	{rule: "name-after-honorific-in-apposition", pos: true,
		text:  "Another peer, Lord Halloway, said keeping the text secret would \"strengthen the suspicion that it was doctored\".",
		quote: "strengthen the suspicion", speaker: "Lord Halloway"},
	{rule: "name-after-honorific-in-apposition", pos: false,
		text:  "Another peer, Lord Halloway, said keeping the text secret would \"strengthen the suspicion that it was doctored\".",
		quote: "strengthen the suspicion", speaker: "peer"},
	// a peer known only by style and surname is named by both, as the
	// gold names "Lord Goldsmith"; a given name makes the style a title
	{rule: "peer-style-name", pos: true,
		text:  "In a statement, Lord Goldsmid said: \"I gave my honest view.\" Goldsmid later added that the law was clear.",
		quote: "I gave my honest view", speaker: "Lord Goldsmid"},
	{rule: "peer-style-name", pos: false,
		text:  "In a statement, Mr Goldsmid said: \"I gave my honest view.\" Goldsmid later added that the law was clear.",
		quote: "I gave my honest view", speaker: "Mr Goldsmid"},
	// a quote that names a person in its words is not that person's own:
	// the speaker before goes on
	{rule: "named-inside-quote", pos: true,
		text:  "\"We played well,\" Steve Finnor said. Manager Brian Kerrigan praised the defence. Finnor's position is right-back but he looked assured.\n\"It was something he (Kerrigan) looked at because France play down the left.\"",
		quote: "It was something he", speaker: "Steve Finnor"},
	{rule: "named-inside-quote", pos: false,
		text:  "\"We played well,\" Steve Finnor said. Manager Brian Kerrigan praised the defence. Finnor's position is right-back but he looked assured.\n\"It was something he (Kerrigan) looked at because France play down the left.\"",
		quote: "It was something he", speaker: "Brian Kerrigan"},
	// the agent of a describing verb with its name in apposition speaks
	{rule: "passive-agent-apposition", pos: true,
		text:  "The groundskeeper had worked there for 20 years. He was praised by the college's president, Mara Ellison, as \"the heart of this campus.\"",
		quote: "the heart of this campus", speaker: "Mara Ellison"},
	{rule: "passive-agent-apposition", pos: false,
		text:  "The groundskeeper had worked there for 20 years. He was praised by the college's president and by his colleague Tom Hale as \"the heart of this campus.\"",
		quote: "the heart of this campus", speaker: "Tom Hale"},
	// a person who opens the clause, then the bodies and places they are of
	{rule: "complemented-subject", pos: true,
		text:  "Hours after the shooting, Rev. Paul Dancy of the Grace Fellowship of St. Anne in Englewood Park called the gunmen \"cowards with no shame\" on Facebook.",
		quote: "cowards with no shame", speaker: "Paul Dancy"},
	{rule: "complemented-subject", pos: false,
		text:  "Rev. Paul Dancy of the Grace Fellowship met the family, and later Mayor Tina Coles called the gunmen \"cowards with no shame\" on Facebook.",
		quote: "cowards with no shame", speaker: "Paul Dancy"},
	// "what" opens a free relative whose subject alone speaks
	{rule: "what-subject", pos: true,
		text:  "The driver was taken to a local hospital for what police described as \"serious but stable injuries.\"",
		quote: "serious but stable injuries", speaker: "police"},
	{rule: "what-subject", pos: false,
		text:  "The driver was taken to a local hospital for what police described as \"serious but stable injuries.\"",
		quote: "serious but stable injuries", speaker: "local hospital for what police"},
	// of two forms of a name as full, the one not in capitals names the person
	{rule: "name-not-in-capitals", pos: true,
		text:  "HIS FATHER TOM HALE SAYS HE WAS A GOOD SON.\n\"He was a good son, and I miss him,\" said Tom Hale.",
		quote: "He was a good son", speaker: "Tom Hale"},
	{rule: "name-not-in-capitals", pos: false,
		text:  "HIS FATHER TOM HALE SAYS HE WAS A GOOD SON.\n\"He was a good son, and I miss him,\" said Tom Hale.",
		quote: "He was a good son", speaker: "TOM HALE"},
	// a transcript's label that opens the paragraph names the speaker
	{rule: "speaker-label", pos: true,
		text:  "Police released the recording of the call on Friday.\nCaller: \"My brother has been shot, please hurry.\"\nDispatcher: \"Help is on the way. Is he breathing?\"",
		quote: "Help is on the way", speaker: "dispatcher", outRule: "speaker-label"},
	{rule: "speaker-label", pos: true,
		text:  "Councillor Jane Moss and Mayor Peter Hale clashed over the budget. \"We have no choice,\" Hale said.\nMoss: \"This budget is a disgrace.\"",
		quote: "This budget is a disgrace", speaker: "Jane Moss", outRule: "speaker-label"},
	{rule: "speaker-label", pos: false,
		text:  "Sgt. Ann Lowry spoke after the arrests.\nUpdate: \"Please stay away from the area,\" Lowry said.",
		quote: "Please stay away", speaker: "update"},
	{rule: "speaker-label", pos: false,
		text:  "Councillor Jane Moss and Mayor Peter Hale clashed over the budget.\nMoss told Hale: \"This budget is a disgrace.\"",
		quote: "This budget is a disgrace", speaker: "Peter Hale"},
	// the shapes the issue lists, pinned
	{rule: "quote-after-bare-colon", pos: true,
		text:  "Health Minister Lena Ortiz visited the ward on Monday. Asked about the delays, she was blunt: \"We have failed these patients.\"",
		quote: "We have failed these patients", speaker: "Lena Ortiz"},
	{rule: "quote-after-bare-colon", pos: false,
		text:  "The notice on the gate was short: \"Closed until further notice, by order of the board.\"",
		quote: "Closed until further notice", speaker: ""},
	{rule: "quote-over-paragraphs", pos: true,
		text:  "Mayor Tom Beck said: \"The first paragraph ends here.\n\"And the second paragraph goes on.\"",
		quote: "The first paragraph ends here. And the second paragraph goes on", speaker: "Tom Beck"},
	{rule: "quote-over-paragraphs", pos: false,
		text:  "Mayor Tom Beck said: \"The first paragraph ends here.\"\n\"And the second paragraph stands alone,\" said Ann Roe.",
		quote: "The first paragraph ends here. And", speaker: ""},
	{rule: "said-name-a-spokesman-for", pos: true,
		text:  "\"Nobody expected the flood,\" said Omar Diallo, a spokesman for the city council.",
		quote: "Nobody expected the flood", speaker: "Omar Diallo", outRule: ruleCueAfter},
	{rule: "said-name-a-spokesman-for", pos: false,
		text:  "\"Nobody expected the flood,\" said Omar Diallo, a spokesman for the city council.",
		quote: "Nobody expected the flood", speaker: "city council"},
	{rule: "added-name", pos: true,
		text:  "\"We are ready,\" added Karen Holt. \"The dam held,\" Karen Holt added.",
		quote: "The dam held", speaker: "Karen Holt", outRule: ruleCueAfter},
	{rule: "added-name", pos: false,
		text:  "\"We are ready for anything\" added to the confusion, Karen Holt noted.",
		quote: "We are ready for anything", speaker: "to the confusion"},
	{rule: "according-to", pos: true,
		text:  "According to Omar Diallo, \"the dam was never at risk.\"",
		quote: "the dam was never at risk", speaker: "Omar Diallo"},
	{rule: "according-to", pos: true,
		text:  "\"The dam was never at risk,\" according to the city council.",
		quote: "The dam was never at risk", speaker: "city council", outRule: ruleAccordingTo},
	{rule: "according-to", pos: false,
		text:  "According to Omar Diallo's lawyer, \"the dam was never at risk.\"",
		quote: "the dam was never at risk", speaker: "Omar Diallo"},
	// r23a: "NAME said his office" tells the article's pronoun for NAME,
	// over the gender a given name suggests; a possessive before anything
	// else ("said her death") may be someone else's
	{rule: "said-possessive-gender", pos: true,
		text:  "The band played on. District Attorney Miriam Okafor said his office would file charges. \"We will go where the evidence leads,\" he said.",
		quote: "We will go where the evidence leads", speaker: "Miriam Okafor"},
	{rule: "said-possessive-gender", pos: true,
		text:  "Senator John Adeyemi said her department had not been told. \"Nobody called us,\" she said.",
		quote: "Nobody called us", speaker: "John Adeyemi"},
	{rule: "said-possessive-gender", pos: false,
		text:  "Coach Daniel Price praised the team. Mayor Miriam Okafor said his death was a loss to the city. \"He was a great man,\" he said.",
		quote: "He was a great man", speaker: "Miriam Okafor"},
	{rule: "pronoun-gender-across-paragraphs", pos: true,
		text:  "Paul Menard, a farmer, lost his barn.\nHis wife, Claire Menard, was at home.\n\"It was terrifying,\" she said.",
		quote: "It was terrifying", speaker: "Claire Menard"},
	{rule: "pronoun-gender-across-paragraphs", pos: false,
		text:  "Paul Menard, a farmer, lost his barn.\nHis wife, Claire Menard, was at home.\n\"It was terrifying,\" she said.",
		quote: "It was terrifying", speaker: "Paul Menard"},
	{rule: "gender-from-relative-noun", pos: true,
		text:  "For Nura Belkadi, 24, Friday is a day she has awaited. Her father Samir was one of the victims.\n\"I am looking forward to the sentence,\" she said.",
		quote: "I am looking forward", speaker: "Nura Belkadi"},
	{rule: "gender-from-relative-noun", pos: false,
		text:  "For Nura Belkadi, 24, Friday is a day she has awaited. Her father Samir was one of the victims.\n\"I am looking forward to the sentence,\" she said.",
		quote: "I am looking forward", speaker: "Samir"},
	{rule: "pronoun-chain", pos: true,
		text:  "Wanda Gilroy lost her son in 2016. She kept a shrine to him for a year. The pills had come from a co-worker. The police would not act. Charges were never laid. The family moved. She persisted. She wrote letters. She called the minister. She went to court.\n\"You don't know what that person took earlier.\"",
		quote: "You don't know what", speaker: "Wanda Gilroy"},
	{rule: "pronoun-chain", pos: false,
		text:  "Wanda Gilroy lost her son in 2016. The pills had come from a co-worker. The police would not act. Charges were never laid. The family moved. The case went quiet. The co-worker left town. The shop closed. The street changed.\n\"You don't know what that person took earlier.\"",
		quote: "You don't know what", speaker: "Wanda Gilroy"},
	{rule: "relative-noun-before-name", pos: true,
		text:  "The family of Ali Haddad and his wife Zeyno Taleb, far right, sit at home in Halton.\n\"I am not a refugee any more,\" she said.",
		quote: "I am not a refugee", speaker: "Zeyno Taleb"},
	{rule: "relative-noun-before-name", pos: false,
		text:  "The family of Ali Haddad and his Honda Civic sit at home in Halton.\n\"I am not a refugee any more,\" Civic said.",
		quote: "I am not a refugee", speaker: "Honda Civic"},
	{rule: "stray-stop-after-mark", pos: true,
		text:  "\"He is not from here,\" Councillor Mae Wong said.\n\"I know this riding well. I live here.\".",
		quote: "I know this riding well", speaker: "Mae Wong", outRule: ruleContinued},
	{rule: "stray-stop-after-mark", pos: false,
		text:  "\"He is not from here,\" Councillor Mae Wong said.\n\"I know this riding well\" is a slogan of the other side.",
		quote: "I know this riding well", speaker: "Mae Wong"},
	{rule: "pronoun-held-earlier-in-sentence", pos: true,
		text:  "Darnell Hobbs, 52, has lived on the street for years.\nAsked what he would tell Mayor Carl Brand about it, he said: \"Just listen to us.\"",
		quote: "Just listen to us", speaker: "Darnell Hobbs"},
	{rule: "pronoun-held-earlier-in-sentence", pos: false,
		text:  "Darnell Hobbs, 52, has lived on the street for years.\nAsked what he would tell Mayor Carl Brand about it, he said: \"Just listen to us.\"",
		quote: "Just listen to us", speaker: "Carl Brand"},
	{rule: "person-noun-for-name", pos: false,
		text:  "Secretary of State Mia Lund said the release \"gives us hope for the talks in Doha.\"",
		quote: "gives us hope", speaker: "Secretary of State Mia Lund"},
	{rule: "document-of-its-issuer", pos: true,
		text:  "In a sign of the confusion, the Electoral Board, which oversees campaign funds, issued a statement warning that \"voters deserve honest campaigns from all sides.\"",
		quote: "voters deserve honest campaigns", speaker: "Electoral Board"},
	{rule: "document-of-its-issuer", pos: false,
		text:  "Twitter removed the post on Monday. In a sign of the confusion, the Electoral Board, which oversees campaign funds, issued a statement warning that \"voters deserve honest campaigns from all sides.\"",
		quote: "voters deserve honest campaigns", speaker: "Twitter"},
	{rule: "name-missed-by-finder", pos: true,
		text:  "\"What is the incentive for China?\" He Jianzhong, a former IMF director, said at an event.",
		quote: "What is the incentive", speaker: "He Jianzhong"},
	{rule: "name-missed-by-finder", pos: false,
		text:  "Zhou Lin runs the fund. \"What is the incentive for China?\" He asked at an event.",
		quote: "What is the incentive", speaker: "He"},
	{rule: "relative-who-subject", pos: true,
		text:  "Foreign Secretary Jack Strand, who argues the treaty reflects a \"British vision for Europe\", will lead the campaign.",
		quote: "British vision for Europe", speaker: "Jack Strand"},
	{rule: "relative-who-subject", pos: false,
		text:  "The voters, who argue the treaty reflects a \"British vision for Europe\", will decide.",
		quote: "British vision for Europe", speaker: "Jack Strand"},
	{rule: "time-phrase-before-verb", pos: true,
		text:  "Band founder Rob Gellar in July said he was tired of hearing \"guff about scars on the world\".",
		quote: "guff about scars", speaker: "Rob Gellar"},
	{rule: "time-phrase-before-verb", pos: false,
		text:  "Band founder Rob Gellar met fans in July. A critic in Paris said he was tired of \"guff about scars on the world\".",
		quote: "guff about scars", speaker: "Rob Gellar"},
	{rule: "speech-verb-before-copula", pos: true,
		text:  "Shadow minister Tim Colt is setting out a plan to tackle what he says are \"crippling skills shortages in the regions\".",
		quote: "crippling skills shortages", speaker: "Tim Colt"},
	{rule: "speech-verb-before-copula", pos: true,
		text:  "Mr Blair distanced himself from the posters, which critics claimed were \"anti-Semitic and cruel to many\".",
		quote: "anti-Semitic and cruel", speaker: "critics"},
	{rule: "speech-verb-before-copula", pos: false,
		text:  "Home Secretary Alan Finch said the press reports were not \"well informed at all.\"",
		quote: "well informed", speaker: "press"},
	// a name set off by commas after a relative that opens the sentence is its subject
	{rule: "kin-opener-subject", pos: true,
		text:  "Reza Tavakoli, 44, was arrested in January while visiting his mother. Nathalie Girard, the foreign minister, said Canada was working for his release.\nTavakoli's wife, Shirin Tavakoli, said he had seen no lawyer. \"He is not a spy,\" she said.",
		quote: "not a spy", speaker: "Shirin Tavakoli"},
	{rule: "kin-opener-subject", pos: false,
		text:  "Reza Tavakoli, 44, was arrested in January while visiting his mother. Nathalie Girard, the foreign minister, said Canada was working for his release.\nTavakoli's wife, Shirin Tavakoli, and her lawyer met him. \"He is not a spy,\" she said.",
		quote: "not a spy", speaker: "Shirin Tavakoli"},
	// a titled name in apposition after the subject is the speaker
	{rule: "titled-apposition-speaker", pos: true,
		text:  "Peru votes in June. The head of the OAS mission, former Paraguayan foreign minister Federico Gonzalez Ayala, said there had been \"no evidence of fraud\" at the polls.",
		quote: "no evidence of fraud", speaker: "Federico Gonzalez Ayala"},
	{rule: "titled-apposition-speaker", pos: false,
		text:  "Peru votes in June. The head of the OAS mission, which former Paraguayan foreign minister Federico Gonzalez Ayala praised, said there had been \"no evidence of fraud\" at the polls.",
		quote: "no evidence of fraud", speaker: "Federico Gonzalez Ayala"},
	// "they" refers to a plural group that opened a sentence as a speaker
	{rule: "group-they", pos: true,
		text:  "A man was sentenced on Friday. Justice Mark Lavoie agreed.\nProsecutors said the sentence was fair. \"It sends a message,\" they said in a statement.",
		quote: "sends a message", speaker: "Prosecutors"},
	{rule: "group-they", pos: false,
		text:  "A man was sentenced on Friday. Justice Mark Lavoie agreed.\nProsecutors had asked for more. \"It sends a message,\" they said in a statement.",
		quote: "sends a message", speaker: "Prosecutors"},
	// a plural's apostrophe inside the speaker phrase after the quote
	{rule: "plural-owner-speaker", pos: true,
		text:  "A man was sentenced on Friday. \"We are relieved,\" the victims' father, Ravi Saldanha, said outside court.",
		quote: "We are relieved", speaker: "Ravi Saldanha"},
	{rule: "plural-owner-speaker", pos: false,
		text:  "A man was sentenced on Friday. \"We are relieved,\" the victims' father, Ravi Saldanha, said outside court.",
		quote: "We are relieved", speaker: "victims"},
	// "the judge" refers back to a person titled "Justice"
	{rule: "judicial-heads", pos: true,
		text:  "A man was sentenced on Friday. Justice Mark Lavoie spoke first. \"You ignored every warning,\" the judge told him.",
		quote: "ignored every warning", speaker: "Mark Lavoie"},
	{rule: "judicial-heads", pos: false,
		text:  "A man was sentenced on Friday. Minister Mark Lavoie spoke first. \"You ignored every warning,\" the judge told him.",
		quote: "ignored every warning", speaker: "Mark Lavoie"},
	// "Pastor" is an honorific before a name, not part of it
	{rule: "pastor-honorific", pos: true,
		text:  "Pastor Donovan Hughes, who runs a youth program, said the city should pay for outreach. \"You cannot arrest your way out of this,\" he said.",
		quote: "arrest your way", speaker: "Donovan Hughes"},
	{rule: "pastor-honorific", pos: false,
		text:  "Pastor Donovan Hughes, who runs a youth program, said the city should pay for outreach. \"You cannot arrest your way out of this,\" he said.",
		quote: "arrest your way", speaker: "Pastor Donovan Hughes"},
	{rule: "heard-saying", pos: true,
		text:  "Later, in comments off air, Mr Kilburn was heard saying he was tired of \"defending these right-wing nutters\".",
		quote: "defending these right-wing", speaker: "Kilburn"},
	{rule: "heard-saying", pos: false,
		text:  "Later, Mr Kilburn said the crowd was heard chanting \"out, out, out all night\".",
		quote: "out, out, out", speaker: "crowd"},
	{rule: "capitalised-word-is-no-verb", pos: false,
		text:  "Trump told veterans that the United States' military is \"depleted and tired after years of war\".",
		quote: "depleted and tired", speaker: "United"},
	{rule: "capitalised-word-is-no-verb", pos: true,
		text:  "Mayor Ray Mallen toured the region. \"The reality is that it will not deliver,\" he said, backing the North East Says No campaign.",
		quote: "The reality is", speaker: "Ray Mallen"},
	{rule: "share-or-thing-is-no-speaker", pos: false,
		text:  "Only 52 percent agreed, while 63 percent said the decision was \"justified in the circumstances\".",
		quote: "justified in the circumstances", speaker: "63 percent"},
	{rule: "share-or-thing-is-no-speaker", pos: false,
		text:  "Senator Ted Cole spoke in May. His assumption, confidently stated on TV, was that \"voters will come round to us\".",
		quote: "voters will come round", speaker: "His assumption"},
	{rule: "share-or-thing-is-no-speaker", pos: true,
		text:  "Senator Ted Cole was not available. His spokesman said: \"The senator will vote no.\"",
		quote: "The senator will vote no", speaker: "His spokesman"},
	{rule: "long-opening-phrase", pos: true,
		text:  "Ed Carver spoke first.\nDuring a long security speech earlier in the day, Carver attacked his rival's record in office, saying, \"She is reckless and unstable.\"",
		quote: "She is reckless", speaker: "Ed Carver"},
	{rule: "long-opening-phrase", pos: false,
		text:  "Ed Carver spoke first.\nDuring a long security speech earlier in the day, Carver attacked his rival's record in office, saying, \"She is reckless and unstable.\"",
		quote: "She is reckless", speaker: "day"},
	{rule: "cue-ends-sentence-with-apposition", pos: true,
		text:  "Sandor was known for telling others \"he was in charge of the file\" despite being an envoy, said another witness in the inquiry, former adviser Fiona Hale.",
		quote: "he was in charge", speaker: "Fiona Hale", outRule: "cue-ends-sentence"},
	{rule: "cue-ends-sentence-with-apposition", pos: false,
		text:  "Sandor was known for telling others \"he was in charge of the file\" despite being an envoy, said another witness in the inquiry, which met in May.",
		quote: "he was in charge", speaker: "which met in May"},
	// a paragraph that is only a quote without closing punctuation is a
	// heading or pull quote, not speech; one that ends as a sentence is
	{rule: "heading-quote", pos: true,
		text:  "Rita Olsen spoke to the crowd on Monday.\n\n\"We will keep the library open for everyone.\"\n\nThe council meets again in June.",
		quote: "We will keep the library open", speaker: "Rita Olsen"},
	{rule: "heading-quote", pos: false,
		text:  "Rita Olsen spoke to the crowd on Monday.\n\n'We will keep the library open for everyone'\n\nThe council meets again in June.",
		quote: "We will keep the library open", speaker: ""},
	// the outer mark of a nested quote, set off by a space, closes the
	// sentence with it: the quote stands alone and goes to the person in focus
	{rule: "nested-quote-closer", pos: true,
		text:  "Omar Haddad draws comics in his spare time.\n\n“People tell me, ‘Wow, you made this yourself? I want to try too!’ ” He sells them at the market.",
		quote: "People tell me", speaker: "Omar Haddad"},
	{rule: "nested-quote-closer", pos: false,
		text:  "Omar Haddad draws comics in his spare time.\n\nHis sign says ‘Open every day.’ “I love this shop,” Mia Stone said.",
		quote: "I love this shop", speaker: "Omar Haddad"},
	// "she says" long after the article last named anyone: the last person
	// named of that gender, never one of the other
	{rule: "pronoun-beyond-window", pos: true,
		text:  "Anna Berg runs a bakery in the old town. The shop opened in 1990. The ovens are old. Rent went up last year. Flour costs more now. The street is quiet at night. Tourists come in summer. The town has two schools. Winters are long here.\n\n\"We bake bread every single night,\" she says.",
		quote: "We bake bread", speaker: "Anna Berg"},
	{rule: "pronoun-beyond-window", pos: false,
		text:  "Peter Holm runs a bakery in the old town. The shop opened in 1990. The ovens are old. Rent went up last year. Flour costs more now. The street is quiet at night. Tourists come in summer. The town has two schools. Winters are long here.\n\n\"We bake bread every single night,\" she says.",
		quote: "We bake bread", speaker: "Peter Holm"},
	// "the report said" speaks for the author of "a study by …" or "a
	// report by the shipping company" a few paragraphs before
	{rule: "document-by-author", pos: true,
		text:  "A study by the Rideau Institute looked at ten road projects. It found most cost more than planned.\n\n\"Given how much these roads cost, it is striking how little scrutiny they get,\" the report said.",
		quote: "Given how much these roads cost", speaker: "Rideau Institute"},
	{rule: "document-by-author", pos: true,
		text:  "Two crew members of Northline Shipping were hurt.\n\nA report by the shipping company explains how hard winter sailing is.\n\n\"Ice is a constant danger on the northern routes,\" says a document on its website.",
		quote: "Ice is a constant danger", speaker: "Northline Shipping"},
	{rule: "document-by-author", pos: false,
		text:  "A study by the Rideau Institute looked at ten road projects.\n\nTraffic was light.\n\nThe weather was cold.\n\nSchools were closed.\n\nThe mayor was away.\n\n\"Given how much these roads cost, it is striking how little scrutiny they get,\" the report said.",
		quote: "Given how much these roads cost", speaker: "Rideau Institute"},
	// a link to another story, "WATCH: …" with no full stop, is no text of
	// the article; a brief opened by a label and written as sentences is
	{rule: "link-headline", pos: true,
		text:  "CITY DESK: Mayor Lena Ortiz said the plan would \"cut traffic in half within five years.\"",
		quote: "cut traffic in half", speaker: "Lena Ortiz"},
	{rule: "link-headline", pos: false,
		text:  "Mayor Lena Ortiz spoke on Monday.\n\nWATCH: Mayor Lena Ortiz slams ‘a reckless plan for our whole city’ of council\n\nThe vote is next week.",
		quote: "a reckless plan", speaker: ""},
	// a label in capitals before a colon ("WATCH:") is no body for "it said"
	{rule: "label-not-body", pos: true,
		text:  "NATO declined to comment on Monday.\n\n\"We will study the request with care,\" it said.",
		quote: "We will study the request", speaker: "NATO"},
	{rule: "label-not-body", pos: false,
		text:  "WATCH: Storm hits the coast of Maine\n\n\"We will study the request with care,\" it said.",
		quote: "We will study the request", speaker: "WATCH"},
	// "the post read": the one who spoke in that post, as the article said
	{rule: "document-spoken-in", pos: true,
		text:  "Jason Kell, a researcher at Redline, stated in the company's blog post that the attack was new.\n\n\"The same addresses sent the earlier emails,\" the post read.",
		quote: "The same addresses sent", speaker: "Jason Kell"},
	{rule: "document-spoken-in", pos: false,
		text:  "Jason Kell joined Redline in May. Readers shared the company's blog post widely.\n\n\"The same addresses sent the earlier emails,\" the post read.",
		quote: "The same addresses sent", speaker: "Jason Kell"},
	// a person named inside a sentence that "he" opens is not its subject:
	// the later "he said" goes on with the pronoun's person
	{rule: "pronoun-opened-sentence", pos: true,
		text:  "Kevin Marsh grew up on a farm.\n\nHe said the dairy, along with a shop run by his father's friend, Martin Holt, helped the town.\n\n\"They brought a lot of jobs to the valley,\" he said.",
		quote: "They brought a lot of jobs", speaker: "Kevin Marsh"},
	{rule: "pronoun-opened-sentence", pos: false,
		text:  "Kevin Marsh grew up on a farm.\n\nThe dairy, along with a shop run by his father's friend, Martin Holt, helped the town.\n\n\"They brought a lot of jobs to the valley,\" he said.",
		quote: "They brought a lot of jobs", speaker: "Kevin Marsh"},
	// an adjective of ties before the speaker's name is no part of it
	{rule: "speaker-tie-adjective", pos: true,
		text:  "Somali police cleared the hotel. Al-Qaeda-linked al-Shabaab claimed responsibility for the attack.\n\nIn its statement, al-Shabaab said: \"The attack answered the air strikes on our fighters.\"",
		quote: "The attack answered", speaker: "al-Shabaab"},
	{rule: "speaker-tie-adjective", pos: false,
		text:  "In a short statement, Jean-Marc Ayrault said: \"We carried out the review in reply to the raids.\"",
		quote: "We carried out the review", speaker: "Ayrault"},
	// "the Greens", one word after "the", is a party or a family, never
	// the "he" of a later quote
	{rule: "the-plural-name", pos: true,
		text:  "The win lets the city government go on with a bare majority. But the Greens posted their worst result in years.\n\nParty leader Tom Weaver spoke on Friday. He said the Greens will step aside from the deal.\n\nIvan Petrov, the Green Party’s director of communications, said his party is learning some hard lessons.\n\nThe Greens, with just three seats, hold real sway in the city council. But if the city returns to a two-party system, that power may not last.\n\n“If the next vote is a two-party race, it will be bad for the Greens,” he said.",
		quote: "If the next vote", speaker: "Ivan Petrov"},
	{rule: "the-plural-name", pos: false,
		text:  "Ivan Petrov, the Green Party’s director of communications, said his party is learning some hard lessons.\n\nMarc Greens, with just three seats, holds real sway in the city council.\n\n“If the next vote is a two-party race, it will be bad for us,” he said.",
		quote: "If the next vote", speaker: "Ivan Petrov"},
	{rule: "lower-case-description-opener", pos: true,
		text:  "\"No, that is the mom,\" says my two-year-old.",
		quote: "No, that is the mom", speaker: "my two-year-old"},
	{rule: "lower-case-description-opener", pos: false,
		text:  "\"No, that is the mom,\" says April.",
		quote: "No, that is the mom", speaker: "April"},
	// a name with particles is cut short at its first surname: "de los
	// Santos", "Puigvert" of "Puigvert i Casals"
	{rule: "particle-surname", pos: true,
		text:  "Opposition leader Tomás de los Ríos Ibarra spoke first. \"The deal is a ransom,\" de los Ríos told reporters.",
		quote: "The deal is a ransom", speaker: "Tomás de los Ríos Ibarra"},
	{rule: "particle-surname", pos: true,
		text:  "The spokesman, Pere Ferrer i Casals, was blunt. \"We came to get things for our region,\" Ferrer said.",
		quote: "We came to get things", speaker: "Pere Ferrer i Casals"},
	{rule: "particle-surname", pos: false,
		text:  "Opposition leader Tomás de los Ríos Ibarra spoke first. \"The deal is a ransom,\" said Ana Ríos, a voter.",
		quote: "The deal is a ransom", speaker: "Tomás de los Ríos Ibarra"},
	// a name set off by commas after the title that opens its sentence is
	// its subject: a later "she said" goes on with her, not with the
	// person she wrote to
	{rule: "titled-subject", pos: true,
		text:  "The Labour MP for Lewisham East, Janet Okoro, said she had written to the housing secretary, Angela Rayburn, asking for a review. \"Residents deserve to know,\" she said.",
		quote: "Residents deserve to know", speaker: "Janet Okoro"},
	{rule: "titled-subject", pos: false,
		text:  "He wrote to the Labour MP, Janet Okoro, and the housing secretary, Angela Rayburn, asking for a review. \"Residents deserve to know,\" she said.",
		quote: "Residents deserve to know", speaker: "Janet Okoro"},
	// round 6c: the title may be owned ("Wendland's finance minister,
	// NAME,") and a relative clause may stand between the name and the verb
	{rule: "titled-subject", pos: true,
		text:  "Minister-President Matthias Wendland won. Co-leader Birgit Hamann was angry. \"They have formed a cartel,\" Hamann said.\nWendland's finance minister, Katja Lange, who will lead the talks, said a deal was near. \"We will talk to everyone who respects the constitution,\" she said.",
		quote: "We will talk to everyone", speaker: "Katja Lange"},
	{rule: "titled-subject", pos: false,
		text:  "Minister-President Matthias Wendland won. Co-leader Birgit Hamann was angry.\nShe wrote to Wendland's finance minister, Katja Lange, who will lead the talks, on Monday. \"We will talk to everyone who respects the constitution,\" she said.",
		quote: "We will talk to everyone", speaker: "Katja Lange"},
	// round 6c: "deputy", "vice", "assistant" make another office: "the
	// deputy governor" is not the governor named, but her titled deputy
	// r23a: "the premier" stands for the prime minister named before,
	// and "the prime minister" for a premier, when no one holds the very
	// noun; a former prime minister holds the office no more
	{rule: "premier-prime-minister", pos: true,
		text:  "The prime minister of the regional government, Aram Saleh, called for calm. \"Our people have suffered enough,\" the premier said.",
		quote: "Our people have suffered", speaker: "Aram Saleh"},
	{rule: "premier-prime-minister", pos: true,
		text:  "Premier Li Wenhua visited the flooded county on Sunday. \"We will rebuild every bridge,\" the prime minister said.",
		quote: "We will rebuild every bridge", speaker: "Li Wenhua"},
	{rule: "premier-prime-minister", pos: false,
		text:  "Former prime minister Aram Saleh called for calm. \"Our people have suffered enough,\" the premier said.",
		quote: "Our people have suffered", speaker: "Aram Saleh"},
	{rule: "premier-prime-minister", pos: false,
		text:  "Foreign Minister Aram Saleh called for calm. \"Our people have suffered enough,\" the premier said.",
		quote: "Our people have suffered", speaker: "Aram Saleh"},
	{rule: "second-rank", pos: true,
		text:  "Governor Esther Chebet was removed. Her deputy, Philip Koech, will be sworn in. \"We will finish the clinics,\" the deputy governor said.",
		quote: "We will finish the clinics", speaker: "Philip Koech"},
	{rule: "second-rank", pos: true,
		text:  "Governor Esther Chebet was removed. Her deputy, Philip Koech, will be sworn in. \"We will finish the clinics,\" the outgoing governor said.",
		quote: "We will finish the clinics", speaker: "Esther Chebet"},
	{rule: "second-rank", pos: false,
		text:  "Governor Esther Chebet was removed. \"We will finish the clinics,\" the deputy governor said.",
		quote: "We will finish the clinics", speaker: "Esther Chebet"},
	// round 6c: a diplomat's role nouns refer back to one another, as a
	// judge's do: "the Ghanaian diplomat ... the envoy said"
	{rule: "diplomatic-heads", pos: true,
		text:  "Abena Osei, the Ghanaian diplomat who heads the UN mission, briefed the council. Osei was later asked about the flights. \"We have shared the flight records,\" the envoy said.",
		quote: "We have shared the flight records", speaker: "Abena Osei"},
	{rule: "diplomatic-heads", pos: false,
		text:  "Abena Osei, the Ghanaian lawyer who heads the UN mission's legal team, briefed the council. Osei was later asked about the flights. \"We have shared the flight records,\" the envoy said.",
		quote: "We have shared the flight records", speaker: "Abena Osei"},
	// round 6c: a holder of the role noun who does not fit the description
	// ("the US deputy ambassador" is no diplomat who is no deputy) is
	// passed over for one who does, even one named after it
	{rule: "fitting-holder", pos: true,
		text:  "Abena Osei, the Ghanaian diplomat who heads the UN mission, briefed the council. The US deputy ambassador, Robert Kaplan, said Washington backed her and demanded that \"all foreign fighters, without exception\" leave.",
		quote: "all foreign fighters", speaker: "Robert Kaplan"},
	{rule: "fitting-holder", pos: false,
		text:  "Abena Osei, the Ghanaian diplomat who heads the UN mission, briefed the council. The deputy ambassador demanded that \"all foreign fighters, without exception\" leave.",
		quote: "all foreign fighters", speaker: "Abena Osei"},
	// round 6c: an owner before "'s" is no subject ("Langat's lawyer, NAME,
	// said"), unless what is owned speaks for them ("Langat's statement")
	{rule: "possessive-owner-not-subject", pos: true,
		text:  "Governor Philip Langat was removed on Tuesday.\nLangat's lawyer, John Kamau, said the audit was flawed. \"You cannot impeach a governor on a document,\" he said.",
		quote: "You cannot impeach a governor", speaker: "John Kamau"},
	{rule: "possessive-owner-not-subject", pos: false,
		text:  "Governor Philip Langat was removed on Tuesday. John Kamau, a lawyer, watched from the gallery.\nLangat's statement said the audit was flawed. \"You cannot impeach a governor on a document,\" he said.",
		quote: "You cannot impeach a governor", speaker: "John Kamau"},
	// round 6c: a name set off by commas after an owned noun for a person
	// is a person's, whatever its given name: "The governor's lawyer,
	// Ndegwa Kamau,"; after a body's noun it is none
	{rule: "owned-human-apposition", pos: true,
		text:  "The governor was removed. The governor's lawyer, Ndegwa Kamau, said: \"We will appeal the ruling.\"",
		quote: "We will appeal the ruling", speaker: "Ndegwa Kamau"},
	{rule: "owned-human-apposition", pos: false,
		text:  "The governor was removed. The governor's office, Ndegwa House, said: \"We will appeal the ruling.\"",
		quote: "We will appeal the ruling", speaker: "Ndegwa House"},
	// round 6c: "Lord" before a role noun ("Lord Mayor") is part of the
	// title and says nothing of the holder's sex; before the name it does
	{rule: "title-lord-no-gender", pos: true,
		text:  "Lord Mayor Kim Tsakalos spoke first. \"People are frightened to walk to their cars,\" she said.",
		quote: "People are frightened", speaker: "Kim Tsakalos"},
	{rule: "title-lord-no-gender", pos: false,
		text:  "Lord Kim Ashcroft spoke first. \"People are frightened to walk to their cars,\" she said.",
		quote: "People are frightened", speaker: "Kim Ashcroft"},
	// round 6c: a rank written short is the role noun spelled out later:
	// "Gen. Asim Rauf ... the general said"
	{rule: "rank-abbreviates", pos: true,
		text:  "Pakistan's army chief, Gen. Asim Rauf, spoke in Rawalpindi.\n\"We will respond,\" the general said.",
		quote: "We will respond", speaker: "Asim Rauf"},
	{rule: "rank-abbreviates", pos: false,
		text:  "Pakistan's army chief, Gen. Asim Rauf, spoke in Rawalpindi.\n\"We will respond,\" the colonel said.",
		quote: "We will respond", speaker: "Asim Rauf"},
	// round 6c: the name in apposition after "said NP," may follow its
	// title and be followed by "of" and its state
	{rule: "titled-name-in-apposition", pos: true,
		text:  "\"We will not sign,\" said one of the negotiators, Deputy Foreign Minister Sergei Volkov of Russia.",
		quote: "We will not sign", speaker: "Sergei Volkov"},
	{rule: "titled-name-in-apposition", pos: false,
		text:  "Sergei Volkov arrived late. \"We will not sign,\" said one of the negotiators, before Deputy Foreign Minister Sergei Volkov spoke.",
		quote: "We will not sign", speaker: "Sergei Volkov"},
	// round 6c: "the committee's chair, Dame Joan Hill, said": the name in
	// apposition before the verb also after an honorific or a rank
	{rule: "honorific-name-in-apposition", pos: true,
		text:  "Ministers were warned. \"Nobody was in charge,\" the committee's chair, Dame Joan Hill, said.",
		quote: "Nobody was in charge", speaker: "Joan Hill"},
	{rule: "honorific-name-in-apposition", pos: false,
		text:  "Ministers were warned by Dame Joan Hill. \"Nobody was in charge,\" the committee's chair said after meeting Dame Joan Hill.",
		quote: "Nobody was in charge", speaker: "Joan Hill"},
	// round 6c: "his predecessor replied" is the person introduced as "his
	// predecessor, Tom Reed,", as a relative is
	{rule: "owned-introduced", pos: true,
		text:  "Defence Minister Paul Hart and his predecessor, Tom Reed, clashed in the debate. \"The army is ready,\" Hart said. \"It is not,\" his predecessor replied.",
		quote: "It is not", speaker: "Tom Reed"},
	{rule: "owned-introduced", pos: false,
		text:  "Defence Minister Paul Hart and Tom Reed clashed in the debate. \"The army is ready,\" Hart said. \"It is not,\" his predecessor replied.",
		quote: "It is not", speaker: "Tom Reed"},
	// a group's letter: "the doctors" or "the group" is the body named with
	// that word
	{rule: "named-group", pos: true,
		text:  "The letter, organized by the group Canadian Doctors for Medical Neutrality, went to Minister Ann Beaulieu on Tuesday. \"We took an oath to protect life,\" the doctors wrote.",
		quote: "We took an oath", speaker: "Canadian Doctors for Medical Neutrality"},
	{rule: "named-group", pos: true,
		text:  "The letter, organized by the group Canadian Doctors for Medical Neutrality, went to Minister Ann Beaulieu on Tuesday. \"We took an oath to protect life,\" the group wrote.",
		quote: "We took an oath", speaker: "Canadian Doctors for Medical Neutrality"},
	{rule: "named-group", pos: false,
		text:  "The letter, organized by the group Physicians for Peace, went to Minister Ann Beaulieu. \"We took an oath to protect life,\" the nurses wrote.",
		quote: "We took an oath", speaker: "Physicians for Peace"},
	// "X quoted Y as saying": the words are Y's
	{rule: "quoted-as-saying", pos: true,
		text:  "Ann Lee met the mayor on Monday. \"The rate is extraordinarily high,\" Lee quoted Mayor Tom Hale as saying.",
		quote: "The rate is extraordinarily high", speaker: "Tom Hale"},
	{rule: "quoted-as-saying", pos: false,
		text:  "Ann Lee met the mayor on Monday. \"The rate is extraordinarily high,\" Lee said, quoting figures from Mayor Tom Hale.",
		quote: "The rate is extraordinarily high", speaker: "Tom Hale"},
	// a title before a comma and ranks before the name: "the spokesman"
	// later is the one with both
	{rule: "title-comma-ranks", pos: true,
		text:  "Sudan's army spokesman, Brig. Gen. Nabil Abdallah, denied it. The army said 40 soldiers had died.\n\"We will respond,\" the spokesman said.",
		quote: "We will respond", speaker: "Nabil Abdallah"},
	{rule: "title-comma-ranks", pos: false,
		text:  "Sudan's army, Brig. Gen. Nabil Abdallah said, denied it. The army said 40 soldiers had died.\n\"We will respond,\" the spokesman said.",
		quote: "We will respond", speaker: "Nabil Abdallah"},
	// a body speaks under one name, without the place after its head
	{rule: "body-without-place", pos: true,
		text:  "The Mexican Embassy in Washington said in a statement: \"We reject the claims.\"",
		quote: "We reject the claims", speaker: "Mexican Embassy"},
	{rule: "body-without-place", pos: false,
		text:  "The Mexican Embassy in Washington said in a statement: \"We reject the claims.\"",
		quote: "We reject the claims", speaker: "Mexican Embassy in Washington"},
	// sk4: "state" after a name inside a sentence is the region's unit
	// noun, not a verb; the subject of "said" speaks
	{rule: "place-unit-not-verb", pos: true,
		text:  "Colombia's interior ministry said on Monday it had flown 800 police to Narino state to \"restore calm in the ports\".",
		quote: "restore calm in the ports", speaker: "Colombia's interior ministry"},
	{rule: "place-unit-not-verb", pos: false,
		text:  "Colombia's interior ministry said on Monday it had flown 800 police to Narino state to \"restore calm in the ports\".",
		quote: "restore calm in the ports", speaker: "Narino"},
	// sk4: a capitalised unit after a body's possessive ("the FARC's
	// Southern Bloc") is the owner body's, not a person's
	{rule: "owned-unit", pos: true,
		text:  "Fighting went on in the hills. The FARC's Eastern Bloc said on Friday it had shot down \"an army helicopter over the ridge\".",
		quote: "an army helicopter", speaker: "FARC"},
	{rule: "owned-unit", pos: false,
		text:  "Fighting went on in the hills. The FARC's Eastern Bloc said on Friday it had shot down \"an army helicopter over the ridge\".",
		quote: "an army helicopter", speaker: "Eastern Bloc"},
	{rule: "owned-unit", pos: false,
		text:  "Fighting went on in the hills. Hamas's Omar Khalidi said on Friday the group had \"no interest in a truce now\".",
		quote: "no interest in a truce", speaker: "Hamas"},
	// a pronoun that names no one goes to a relative described without a
	// name who opens a sentence just before
	{rule: "kin-subject", pos: true,
		text:  "The victim's father, Robert Hale, spoke outside the courthouse.\n\"My son did nothing wrong,\" he said.\nHale's wife stood beside him. \"We just want justice,\" she said.",
		quote: "We just want justice", speaker: "Hale's wife"},
	{rule: "kin-subject", pos: false,
		text:  "Hale's husband stood beside him. \"We just want justice,\" she said.",
		quote: "We just want justice", speaker: "Hale's husband"},
	// nouns in -ly are no adverbs: "the family said", "a close ally said"
	{rule: "ly-noun", pos: true,
		text:  "\"We are heartbroken and we want answers,\" the family said.",
		quote: "We are heartbroken", speaker: "family"},
	{rule: "ly-noun", pos: true,
		text:  "Jane Doe died on Friday. \"We are heartbroken and we want answers,\" her family said.",
		quote: "We are heartbroken", speaker: "her family"},
	{rule: "ly-noun", pos: false,
		text:  "Jane Doe died on Friday. \"We are heartbroken and we want answers,\" her family said.",
		quote: "We are heartbroken", speaker: "Jane Doe"},
	// round 3: "the embassy" is the body last written with that noun in
	// lower case after the state or name that owns it
	{rule: "body-noun-owner", pos: true,
		text:  "The Russian embassy in London condemned the plan. \"Every such step brings confrontation closer,\" the embassy said.",
		quote: "Every such step", speaker: "Russian embassy"},
	{rule: "body-noun-owner", pos: true,
		text:  "Georgia's foreign ministry rejected the report. \"Georgia has met every condition,\" the ministry said.",
		quote: "Georgia has met", speaker: "Georgia's foreign ministry"},
	{rule: "body-noun-owner", pos: true,
		text:  "South Korea's spy agency briefed lawmakers. \"The losses are heavy,\" the agency said.",
		quote: "The losses are heavy", speaker: "South Korea's spy agency"},
	{rule: "body-noun-owner", pos: false,
		text:  "Marco Reyes visited the embassy on Monday. \"We are ready to talk to them,\" the embassy said.",
		quote: "We are ready", speaker: "Marco Reyes"},
	// round 3: "it" is a body that opens a recent sentence as a lower-case
	// noun after its owner
	{rule: "owned-body-opens", pos: true,
		text:  "Pakistan's military rejected the Indian account. \"These allegations are part of a familiar pattern,\" it said in a statement.",
		quote: "These allegations", speaker: "Pakistan's military"},
	{rule: "owned-body-opens", pos: false,
		text:  "The British aid group Gatsby confirmed the death. \"He devoted ten years to helping the poorest,\" it said.",
		quote: "He devoted ten years", speaker: "British aid group"},
	// round 3: "the society", "the mission" stand for a body named before,
	// whose name runs on over "of" and a state: "Law Society of Kenya"
	{rule: "body-noun-of-state", pos: true,
		text:  "The Law Society of Kenya offered free legal help. \"Peaceful protesters are being charged with terrorism,\" the society said.",
		quote: "Peaceful protesters", speaker: "Law Society of Kenya"},
	{rule: "body-noun-of-state", pos: false,
		text:  "The Law Society of Kenya offered free legal help. \"Peaceful protesters are being charged with terrorism,\" the society said.",
		quote: "Peaceful protesters", speaker: "Law Society"},
	// round 3: a title after a name ("SC", "KC", "MP") is no part of it,
	// nor is the Burmese honorific "Daw" before it
	{rule: "postnominal-title", pos: true,
		text:  "His barrister, Hugh McTavish SC, said his client had relied on advice. \"He acted in good faith,\" Mr McTavish said.",
		quote: "He acted in good faith", speaker: "Hugh McTavish"},
	{rule: "postnominal-title", pos: false,
		text:  "His barrister, Hugh McTavish SC, said his client had relied on advice. \"He acted in good faith,\" Mr McTavish said.",
		quote: "He acted in good faith", speaker: "Hugh McTavish SC"},
	{rule: "honorific-daw", pos: true,
		text:  "Daw Khin Mya Thwe said villages had been cut off. \"People are drinking flood water,\" she said.",
		quote: "People are drinking", speaker: "Khin Mya Thwe"},
	{rule: "honorific-daw", pos: false,
		text:  "Daw Khin Mya Thwe said villages had been cut off. \"People are drinking flood water,\" she said.",
		quote: "People are drinking", speaker: "Daw Khin Mya Thwe"},
	// round 3: "the spokesperson" is the description that introduced the
	// role with "a" before it: "A Home Office spokesperson said"
	{rule: "indefinite-introduction", pos: true,
		text:  "A Home Office spokesperson said 9,000 people had been removed. \"We will not apologise for the rules,\" the spokesperson said.",
		quote: "We will not apologise", speaker: "Home Office spokesperson"},
	{rule: "indefinite-introduction", pos: false,
		text:  "A Home Office spokesperson said 9,000 people had been removed. \"We will not apologise for the rules,\" the spokesperson said.",
		quote: "We will not apologise", speaker: "spokesperson"},
	// round 3: virtue names are given names ("Faith", "Mercy", "Blessing"),
	// so a relative introduced by one is a person the pronoun finds
	{rule: "given-name-virtue", pos: true,
		text:  "The rider died in hospital. His sister, Faith Wanjiru, said he had been on his way home. \"He was carrying a passenger,\" she said.",
		quote: "He was carrying a passenger", speaker: "Faith Wanjiru"},
	{rule: "given-name-virtue", pos: false,
		text:  "The rider died in hospital. His sister said he had kept the faith. \"He was carrying a passenger,\" she said.",
		quote: "He was carrying a passenger", speaker: "Faith"},
	// round 4: a dateline ("QUITO —") is no part of the first sentence, so
	// its city is never the subject that speaks
	{rule: "dateline-apart", pos: true,
		text:  "QUITO — President Rosa Vera defended the decree on Thursday, telling reporters that she would not \"negotiate with people who extort shopkeepers.\"",
		quote: "negotiate with people", speaker: "Rosa Vera"},
	{rule: "dateline-apart", pos: false,
		text:  "QUITO — President Rosa Vera defended the decree on Thursday, telling reporters that she would not \"negotiate with people who extort shopkeepers.\"",
		quote: "negotiate with people", speaker: "QUITO"},
	// round 4: the subject of a reported clause ("said Banda-Mwale had
	// won") is spoken of; the pronoun after goes on with the one who said it
	{rule: "reported-subject", pos: true,
		text:  "The commission declared Grace Banda the winner. The chairperson of the commission, Justice Annabel Mtali, said Banda had won 52 percent. \"The count was open,\" she told the hall.",
		quote: "The count was open", speaker: "Annabel Mtali"},
	{rule: "reported-subject", pos: false,
		text:  "The commission declared Grace Banda the winner. The chairperson of the commission, Justice Annabel Mtali, said Banda had won 52 percent. \"The count was open,\" she told the hall.",
		quote: "The count was open", speaker: "Grace Banda"},
	{rule: "reported-subject", pos: true,
		text:  "Grace Banda won. It was a result that Annabel Mtali found slow. \"The count was open,\" she told the hall.",
		quote: "The count was open", speaker: "Annabel Mtali"},
	// round 4: a title after the name ("KC") does not hide the verb that
	// makes the name a subject
	{rule: "postnominal-subject", pos: true,
		text:  "Representing Mr Pell, Simon Okafor KC said his client had paid. \"This case rests on one builder,\" he told the jury.",
		quote: "This case rests", speaker: "Simon Okafor"},
	{rule: "postnominal-subject", pos: false,
		text:  "Representing Mr Pell, Simon Okafor KC said his client had paid. \"This case rests on one builder,\" he told the jury.",
		quote: "This case rests", speaker: "Pell"},
	// round 4: a surname alone that two people share goes to the one named
	// last before it, even when the other's name was found first
	{rule: "surname-nearest-before", pos: true,
		text:  "Ruwan Gunasekara keeps a photograph on his desk.\nAsked about it, Gunasekara smiled. \"We agree on the goal,\" he said.\nThe older brother, Sunil Gunasekara, spent 31 years in the police.",
		quote: "We agree on the goal", speaker: "Ruwan Gunasekara"},
	{rule: "surname-nearest-before", pos: false,
		text:  "Ruwan Gunasekara keeps a photograph on his desk.\nAsked about it, Gunasekara smiled. \"We agree on the goal,\" he said.\nThe older brother, Sunil Gunasekara, spent 31 years in the police.",
		quote: "We agree on the goal", speaker: "Sunil Gunasekara"},
	{rule: "surname-nearest-before", pos: true,
		text:  "Ruwan Gunasekara keeps a photograph on his desk.\nHis neighbour, Sunil Gunasekara, spent 31 years in the police. \"We agree on the goal,\" Gunasekara said.",
		quote: "We agree on the goal", speaker: "Sunil Gunasekara"},
	// round 7b: a name inside a sentence's opening "Asked ..." clause is
	// what the question was about; the pronoun after it answers
	{rule: "asked-about-not-speaker", pos: true,
		text:  "\"The team must move faster,\" State Secretary Hendra Wijaya told reporters. Asked whether Bambang Sutrisno had been pushed out, he said: \"He served the nation well.\"",
		quote: "He served the nation well", speaker: "Hendra Wijaya"},
	{rule: "asked-about-not-speaker", pos: false,
		text:  "\"The team must move faster,\" State Secretary Hendra Wijaya told reporters. Asked whether Bambang Sutrisno had been pushed out, he said: \"He served the nation well.\"",
		quote: "He served the nation well", speaker: "Bambang Sutrisno"},
	{rule: "asked-about-not-speaker", pos: true,
		text:  "\"The team must move faster,\" State Secretary Hendra Wijaya told reporters. Bambang Sutrisno was asked whether he had been pushed out. He said: \"I served the nation well.\"",
		quote: "I served the nation well", speaker: "Bambang Sutrisno"},
	// round 7b: the first of two surnames alone ("Medina said") is the one
	// named in full with it before; a second bearer of it named nearer wins
	{rule: "first-of-two-surnames", pos: true,
		text:  "Federal prosecutor Arturo Medina Quezada told the court the payments were monthly. \"He sold the names of his own officers,\" Medina said.",
		quote: "He sold the names", speaker: "Arturo Medina Quezada"},
	{rule: "first-of-two-surnames", pos: true,
		text:  "The governor of Jalisco, Pablo Lemus Navarro, said the state had cooperated. \"We handed over every file,\" Lemus said.",
		quote: "We handed over every file", speaker: "Pablo Lemus Navarro"},
	{rule: "first-of-two-surnames", pos: false,
		text:  "Federal prosecutor Arturo Medina Quezada spoke first. A witness, Ana Medina, wept. \"He sold the names of his own officers,\" Medina said.",
		quote: "He sold the names", speaker: "Arturo Medina Quezada"},
	// r16a: the second surname may open with lower-case particles
	// ("Ospina" of "Andrés Felipe Ospina de la Cruz"); a second bearer
	// of it named nearer still wins
	{rule: "first-of-two-surnames", pos: true,
		text:  "President Andrés Felipe Osorio de la Vega spoke in Bogotá. \"Nobody has a chair for life,\" Osorio told a news conference.",
		quote: "Nobody has a chair for life", speaker: "Andrés Felipe Osorio de la Vega"},
	{rule: "first-of-two-surnames", pos: false,
		text:  "President Andrés Felipe Osorio de la Vega spoke in Bogotá. A witness, Ana Osorio, wept. \"Nobody has a chair for life,\" Osorio told a news conference.",
		quote: "Nobody has a chair for life", speaker: "Andrés Felipe Osorio de la Vega"},
	{rule: "first-of-two-surnames", pos: false,
		text:  "Senator Mary Louise Carter spoke first. \"We will vote no,\" Louise said.",
		quote: "We will vote no", speaker: "Mary Louise Carter"},
	// round 4: a short form that opens with a particle and runs on inside a
	// name with two surnames ("Del Castillo", "De la Torre") is that name
	{rule: "particle-short-form", pos: true,
		text:  "She sat beside her interior minister, Juan Pablo de la Torre Vinueza. De la Torre said crime had fallen. \"Anyone can check the figures,\" he said.",
		quote: "Anyone can check", speaker: "Juan Pablo de la Torre Vinueza"},
	{rule: "particle-short-form", pos: false,
		text:  "She sat beside her interior minister, Juan Pablo de la Torre Vinueza. De la Torre said crime had fallen. \"Anyone can check the figures,\" he said.",
		quote: "Anyone can check", speaker: "la Torre"},
	{rule: "particle-short-form", pos: false,
		text:  "The minister, Juan Pablo de la Torre Vinueza, spoke first. \"Anyone can check the figures,\" said Ana de la Cruz.",
		quote: "Anyone can check", speaker: "Juan Pablo de la Torre Vinueza"},
	// round 4: a first word that no gazetteer gives as a given name, or a
	// knight's given name after "Sir", stands for the full name begun by it
	// ("Anuwat told delegates" after Anuwat Prasertsuk); "Datuk" is an honorific
	{rule: "first-name-form", pos: true,
		text:  "Anuwat Prasertsuk, the president of the Thai association, won the vote. \"Football belongs to the members again,\" Anuwat told delegates.",
		quote: "Football belongs", speaker: "Anuwat Prasertsuk"},
	{rule: "first-name-form", pos: false,
		text:  "Anuwat Prasertsuk, the president of the Thai association, won the vote. \"Football belongs to the members again,\" Anuwat told delegates.",
		quote: "Football belongs", speaker: "Anuwat"},
	{rule: "first-name-form", pos: true,
		text:  "He beat the general secretary, Datuk Razak Hamid. Razak, who had served since 2015, said he accepted it. \"The members have spoken,\" he said.",
		quote: "The members have spoken", speaker: "Razak Hamid"},
	{rule: "first-name-form", pos: true,
		text:  "The auditor general, Sir John Bourn, wrote to MPs. Sir John said the report was \"only the beginning of the work\".",
		quote: "only the beginning", speaker: "John Bourn"},
	{rule: "first-name-form", pos: false,
		text:  "Michael Ancram spoke for the party. Ex-King Michael said the monarchy was \"a thing of the past for good\".",
		quote: "a thing of the past", speaker: "Michael Ancram"},
	{rule: "first-name-form", pos: true,
		text:  "Dr. Tedros Adhanom Ghebreyesus, director-general of the World Health Organization, spoke on Monday. \"We are cautiously optimistic,\" Tedros said.",
		quote: "We are cautiously optimistic", speaker: "Tedros Adhanom Ghebreyesus"},
	{rule: "first-name-form", pos: false,
		text:  "Kim and Clark Moran adopted a boy. \"We are living our worst nightmare,\" Kim said.",
		quote: "We are living our worst nightmare", speaker: "Kim Moran"},
	// round 4: a sentence opened by a description of an office as its
	// subject ("The president also said she ...") keeps its holder in focus
	// for a later "she said", as her name would
	{rule: "described-subject", pos: true,
		text:  "President Rosa Vera spoke for two hours. The head of the opposition, Paola Ruiz, said she was hiding costs.\nThe president also said she had called Colombia's president, Andrés Mora, about power cuts.\n\"We are neighbours,\" she said.",
		quote: "We are neighbours", speaker: "Rosa Vera"},
	{rule: "described-subject", pos: false,
		text:  "President Rosa Vera spoke for two hours. The head of the opposition, Paola Ruiz, said she was hiding costs.\nThe president also said she had called Colombia's president, Andrés Mora, about power cuts.\n\"We are neighbours,\" she said.",
		quote: "We are neighbours", speaker: "Paola Ruiz"},
	{rule: "described-subject", pos: true,
		text:  "Home Secretary Ann Blake was asked about it. Foreign Secretary Jane Straw spoke later.\nThe home secretary has already admitted she was wrong. She has apologised for \"a genuine and costly mistake\".",
		quote: "a genuine and costly mistake", speaker: "Ann Blake"},
	// round 4: a Korean name, surname first and a hyphenated given name
	// ("Lee Jae-sung"), goes on as its first word ("Lee said")
	{rule: "surname-first", pos: true,
		text:  "SEOUL — President Lee Jae-sung named a new cabinet on Monday. \"It has the experience we need,\" Lee said.",
		quote: "It has the experience", speaker: "Lee Jae-sung"},
	{rule: "surname-first", pos: false,
		text:  "SEOUL — President Lee Jae-sung named a new cabinet on Monday. \"It has the experience we need,\" Lee said.",
		quote: "It has the experience", speaker: "Lee"},
	{rule: "surname-first", pos: true,
		text:  "LONDON — Lee Anderson-Smith chaired the meeting with President Alan Ward. \"It has the experience we need,\" Ward said.",
		quote: "It has the experience", speaker: "Alan Ward"},
	// two names written surname first that share the surname are two
	// people: "Lee Sang-min" is no later form of "Lee Jae-sung"
	{rule: "surname-first-two-people", pos: true,
		text:  "SEOUL — Lee Jae-sung, leader of the opposition, criticised the decree.\nPolice are investigating Interior Minister Lee Sang-min over it. \"It was lawful,\" said Lee Sang-min.",
		quote: "It was lawful", speaker: "Lee Sang-min"},
	{rule: "surname-first-two-people", pos: false,
		text:  "SEOUL — Lee Jae-sung, leader of the opposition, criticised the decree.\nPolice are investigating Interior Minister Lee Sang-min over it. \"It was lawful,\" said Lee Sang-min.",
		quote: "It was lawful", speaker: "Lee Jae-sung"},
	// round 4: "the French leader" is the one named before who leads
	// France (a president, prime minister, chancellor, king ...)
	{rule: "state-leader", pos: true,
		text:  "French President Paul Marin met German Chancellor Olaf Brandt. \"We have entered a new era,\" the French leader told reporters.",
		quote: "We have entered a new era", speaker: "Paul Marin"},
	{rule: "state-leader", pos: false,
		text:  "French President Paul Marin met German Chancellor Olaf Brandt. \"We have entered a new era,\" the German leader told reporters.",
		quote: "We have entered a new era", speaker: "Paul Marin"},
	// round 5: an Indonesian or Indian courtesy title ("Ibu", "Shri") is
	// no part of the speaker's name
	{rule: "asian-honorific", pos: true,
		text:  "A survivor, Ibu Nurhayati, 52, was asleep. \"I held him above the water,\" she said.",
		quote: "I held him above the water", speaker: "Nurhayati"},
	{rule: "asian-honorific", pos: false,
		text:  "A survivor, Ibu Nurhayati, 52, was asleep. \"I held him above the water,\" she said.",
		quote: "I held him above the water", speaker: "Ibu Nurhayati"},
	// round 5: "the INEC chief" is the INEC chairman named before, under
	// another word for a head; a head of another body is not
	{rule: "body-leader", pos: true,
		text:  "INEC chairman Mahmood Yakubu announced the results in Abuja. \"The process was credible,\" the INEC chief said.",
		quote: "The process was credible", speaker: "Mahmood Yakubu"},
	{rule: "body-leader", pos: true,
		text:  "Hamas political chief Ismail Haniyeh spoke in Doha. \"We are ready,\" the Hamas leader said.",
		quote: "We are ready", speaker: "Ismail Haniyeh"},
	{rule: "body-leader", pos: false,
		text:  "Fatah chief Jibril Rajoub spoke in Ramallah. \"We are ready,\" the Hamas leader said.",
		quote: "We are ready", speaker: "Jibril Rajoub"},
	// round 5: a description with a short complement before the comma
	// ("a colleague on the council, Tamara Begay") still gives the name
	// in apposition; a name that is the complement's own is not it
	{rule: "complement-comma-name", pos: true,
		text:  "Council member Greg Lindqvist voted no. \"It is rushed,\" said Lindqvist's colleague on the council, Tamara Begay, who backed the measure.",
		quote: "It is rushed", speaker: "Tamara Begay"},
	{rule: "complement-comma-name", pos: false,
		text:  "Council member Greg Lindqvist voted no. \"It is rushed,\" said a colleague of Greg Lindqvist, Tamara Begay.",
		quote: "It is rushed", speaker: "Greg Lindqvist"},
	// round 8b: "to say" after a clause gives the quote to the sentence's
	// subject; a person right before "to" is the one asked to say it
	{rule: "purpose-say", pos: true,
		text:  "Talks stalled in Vienna. Markus Ebner, the party leader, emerged from a seven-hour session at the chancellery to say the sides were \"further apart than in December\".",
		quote: "further apart than in December", speaker: "Markus Ebner"},
	{rule: "purpose-say", pos: false,
		text:  "Talks stalled in Vienna. Markus Ebner, the party leader, waited for Anna Roth to say the sides were \"further apart than in December\".",
		quote: "further apart than in December", speaker: "Markus Ebner"},
	{rule: "purpose-say", pos: false,
		text:  "Talks stalled in Vienna. Markus Ebner, the party leader, went on television to describe the plan as \"a fantasy of the left wing\".",
		quote: "a fantasy of the left wing", speaker: "Markus Ebner"},
	// round 8b: "the union said" names the body that an apposition ending
	// with that noun described; a noun with more after it describes none
	{rule: "body-noun-apposition", pos: true,
		text:  "The committee will vote next week. The Air Line Pilots Association, the largest pilots' union, said it backed the nominee. \"He understands that safety is not a line item,\" the union said.",
		quote: "He understands that safety", speaker: "Air Line Pilots Association"},
	{rule: "body-noun-apposition", pos: false,
		text:  "The committee will vote next week. The Metalworkers Federation, a union of 40,000 members, said it backed the nominee. \"He understands that safety is not a line item,\" the union said.",
		quote: "He understands that safety", speaker: "Metalworkers Federation"},
	// round 8b: a party's word in "the Conservative MP" fits a holder whose
	// party the story has not given; not one of another party
	{rule: "party-word-fits", pos: true,
		text:  "The council approved the plan. The local MP, Daniel Ashcombe, had opposed it. The Conservative MP said in a statement that he was \"deeply disappointed by this decision tonight\".",
		quote: "deeply disappointed by this decision", speaker: "Daniel Ashcombe"},
	// round 8b: a description opening the sentence with a name in apposition
	// speaks through that name for a later coordinated verb
	{rule: "apposition-coordinated", pos: true,
		text:  "The panel met on Thursday. The committee's chairman, Sen. Dale Whitby, R-Neb., praised the nominee and said the department had been \"adrift for far too long under weak rule\".",
		quote: "adrift for far too long", speaker: "Dale Whitby"},
	{rule: "apposition-coordinated", pos: false,
		text:  "The panel met on Thursday. Sen. Dale Whitby spoke first. The committee's chairman, in his closing remarks, praised the nominee and said the department had been \"adrift for far too long under weak rule\".",
		quote: "adrift for far too long", speaker: "Dale Whitby"},
	// round 8b: "the ROLE of/for CAPITALS" is the one holder of that role
	// noun in the story; with two holders it stays a description
	{rule: "role-with-complement", pos: true,
		text:  "Twenty states sued. Attorney General Scott Pruett joined the suit in March. \"It is an invasion of the state's authority over its own power plants,\" said the Republican attorney general of Oklahoma.",
		quote: "It is an invasion", speaker: "Scott Pruett"},
	{rule: "role-with-complement", pos: false,
		text:  "Twenty states sued. Attorney General Scott Pruett and Attorney General Ken Paxon joined the suit in March. \"It is an invasion of the state's authority over its own power plants,\" said the Republican attorney general of Oklahoma.",
		quote: "It is an invasion", speaker: "Scott Pruett"},
	{rule: "party-word-fits", pos: false,
		text:  "The council approved the plan. Labour MP Daniel Ashcombe had opposed it. The Conservative MP said in a statement that he was \"deeply disappointed by this decision tonight\".",
		quote: "deeply disappointed by this decision", speaker: "Daniel Ashcombe"},
	// round 8c: a rank written short by other letters than its first
	// ("Sgt.", "Lt.", "Supt.") and a head before the title's own ("the
	// detective" of a Detective Superintendent) are the role noun later
	{rule: "rank-abbreviates", pos: true,
		text:  "Sgt. Paul Reid said the road was icy.\n\"Slow down,\" the sergeant said.",
		quote: "Slow down", speaker: "Paul Reid"},
	{rule: "rank-abbreviates", pos: true,
		text:  "Lt. Maria Ortiz said the fire was out.\n\"Nobody was inside,\" the lieutenant said.",
		quote: "Nobody was inside", speaker: "Maria Ortiz"},
	{rule: "rank-abbreviates", pos: false,
		text:  "Sgt. Paul Reid said the road was icy.\n\"Slow down,\" the lieutenant said.",
		quote: "Slow down", speaker: "Paul Reid"},
	{rule: "leading-head", pos: true,
		text:  "Detective Superintendent Alan Hargreaves said a man had been arrested.\n\"We are not looking for anyone else,\" the detective said.",
		quote: "We are not looking", speaker: "Alan Hargreaves"},
	{rule: "leading-head", pos: false,
		text:  "Detective Superintendent Alan Hargreaves said a man had been arrested.\n\"We are not looking for anyone else,\" the inspector said.",
		quote: "We are not looking", speaker: "Alan Hargreaves"},
	// round 8c: a relative named through an owner's "'s" is the person
	// introduced with that relation, not the person in focus
	{rule: "owned-kin", pos: true,
		text:  "A fire killed a girl in Leeds on Saturday.\nThe girl's grandmother, Rose Harmon, wept. \"She was my sunshine,\" the girl's grandmother said.",
		quote: "She was my sunshine", speaker: "Rose Harmon"},
	{rule: "owned-kin", pos: true,
		text:  "A girl died in hospital on Monday.\nDestiny's mother, Alicia Harmon, was with her. \"I held her hand,\" Destiny's mother said.",
		quote: "I held her hand", speaker: "Alicia Harmon"},
	{rule: "owned-kin", pos: false,
		text:  "A fire killed a girl in Leeds on Saturday.\nThe girl's grandmother, Rose Harmon, wept. \"She loved to sing,\" the victim's mother said.",
		quote: "She loved to sing", speaker: "Rose Harmon"},
	// the owner may take a modifier: "the dead man's uncle, who ..., said:"
	// is the uncle, not the last speaker
	{rule: "owned-kin", pos: true,
		text:  "A man died after a stabbing on Saturday.\nDetective Superintendent Alan Hargreaves said a man had been arrested. \"We are not looking for anyone else,\" he said.\nThe dead man's uncle, who did not want to be photographed, said: \"This city has changed.\"",
		quote: "This city has changed", speaker: "dead man's uncle"},
	{rule: "owned-kin", pos: false,
		text:  "A man died after a stabbing on Saturday.\nDetective Superintendent Alan Hargreaves said a man had been arrested. \"We are not looking for anyone else,\" he said.\nThe dead man's uncle, who did not want to be named, said: \"This city has changed.\"",
		quote: "This city has changed", speaker: "Alan Hargreaves"},
	// round 12a: a legislator's seat as an epithet ("the Dublin West TD",
	// "the Karaga legislator") is the person in focus even when the story
	// gave that person another office; another office's epithet is not
	{rule: "epithet-seat", pos: true,
		text:  "Opening the debate, Labour housing spokesperson Ruairi McCarthy said the minister had failed.\n\"Every month he comes in here with a new plan,\" the Dublin West TD said.",
		quote: "Every month he comes in here", speaker: "Ruairi McCarthy"},
	{rule: "epithet-seat", pos: true,
		text:  "The Ranking Member on the Finance Committee, Mr Kwame Dokurugu, said the arrears were inflated.\n\"Let us audit these contracts line by line,\" the Karaga legislator said.",
		quote: "Let us audit these contracts", speaker: "Kwame Dokurugu"},
	{rule: "epithet-seat", pos: false,
		text:  "Opening the debate, Labour housing spokesperson Ruairi McCarthy said the minister had failed.\n\"Every month he comes in here with a new plan,\" the Dublin West governor said.",
		quote: "Every month he comes in here", speaker: "Ruairi McCarthy"},
	// round 13a: a legislator's seat in lower case ("the ward
	// representative") or a legislator "representing" a seat ("the
	// lawmaker representing Warawa constituency") is the person in focus,
	// counted from the sentence the quote opens in
	{rule: "epithet-seat", pos: true,
		text:  "Tudor MCA Kevin Otieno Ouma, who led the rebellion, dismissed the claim. \"Nobody sends me. The people of Tudor sent me,\" the ward representative told reporters outside the Assembly.",
		quote: "Nobody sends me", speaker: "Kevin Otieno Ouma"},
	{rule: "epithet-seat", pos: true,
		text:  "Minority Leader Labaran Musa Kiru, who led the walkout, said the loan was unexplained. \"We are not against roads,\" the lawmaker representing Warawa constituency told journalists.",
		quote: "We are not against roads", speaker: "Labaran Musa Kiru"},
	{rule: "epithet-seat", pos: false,
		text:  "Tudor MCA Kevin Otieno Ouma, who led the rebellion, dismissed the claim. \"Nobody sends me. The people of Tudor sent me,\" the ward officer told reporters outside the Assembly.",
		quote: "Nobody sends me", speaker: "Kevin Otieno Ouma"},
	// round 12a: an age opens a description of the speaker: "the
	// 47-year-old Cork South-Central TD said" is the person in focus; a
	// relative of that age is not
	{rule: "age-epithet", pos: true,
		text:  "Replying, the Minister for Housing, Darragh Kinsella, said the job was not done. Asked afterwards whether he would resign, the 47-year-old Cork South-Central TD said: \"Not for a second.\"",
		quote: "Not for a second", speaker: "Darragh Kinsella"},
	{rule: "age-epithet", pos: false,
		text:  "Replying, the Minister for Housing, Darragh Kinsella, said the job was not done. Asked afterwards about the vote, the 47-year-old's brother said: \"He will never resign.\"",
		quote: "He will never resign", speaker: "Darragh Kinsella"},
	// round 12a: a party's leader as an epithet ("the Fine Gael leader")
	// is the person in focus who holds an office of state; another party
	// office ("the Fine Gael chairman") is not
	{rule: "party-leader-epithet", pos: true,
		text:  "Tánaiste Niamh Costigan, who was in Brussels, was paired for the vote. In a statement afterwards, the Fine Gael leader said the result showed the Coalition was \"united and focused on delivery\".",
		quote: "united and focused on delivery", speaker: "Niamh Costigan"},
	{rule: "party-leader-epithet", pos: false,
		text:  "Tánaiste Niamh Costigan, who was in Brussels, was paired for the vote. In a statement afterwards, the Fine Gael chairman said the result showed the Coalition was \"united and focused on delivery\".",
		quote: "united and focused on delivery", speaker: "Niamh Costigan"},
	// round 12a: a sentence's subject that describes without naming ("The
	// Minister for Energy and Green Transition, Mr NAME, told ... but
	// insisted") is the person in apposition after its complement, not
	// another minister named before
	{rule: "subject-apposition-complement", pos: true,
		text:  "Moving the motion, the Minister for Finance, Dr Ato Mensah-Bonsu, said the levy was needed.\nThe Minister for Energy and Green Transition, Mr Alhassan Tampuli-Nyaaba, told a briefing that talks would go on, but insisted that \"the lights must stay on\".",
		quote: "the lights must stay on", speaker: "Alhassan Tampuli-Nyaaba"},
	{rule: "subject-apposition-complement", pos: false,
		text:  "The Minister for Energy, Mr Alhassan Tampuli-Nyaaba, spoke first.\nMr Ato Mensah-Bonsu, the Minister for Finance, told a briefing that talks would go on, but insisted that \"the lights must stay on\".",
		quote: "the lights must stay on", speaker: "Alhassan Tampuli-Nyaaba"},
	// r22q: "the coach, NAME," names the holder of "the coach" the story
	// speaks of later, also where "the team's coach" came first; "a new
	// coach" brought in since is someone else
	{rule: "definite-apposed-noun", pos: true,
		text:  "The club's coach was unhappy on Sunday. Its chairman, Rolf Berger, met the coach, Jonas Hale, at the ground on Monday. Berger said the board backed him.\n\"We lost our shape after the break,\" the coach said.",
		quote: "We lost our shape", speaker: "Jonas Hale"},
	{rule: "definite-apposed-noun", pos: false,
		text:  "The club's coach, Jonas Hale, left in May. The chairman said a new coach had been hired.\n\"We lost our shape after the break,\" the coach said.",
		quote: "We lost our shape", speaker: "Jonas Hale"},
	// r22q: an epithet before the noun ("the veteran foreman", "the
	// cheerful owner") still means the one the noun described; "the new
	// owner" may be someone else
	{rule: "epithet-before-noun", pos: true,
		text:  "The bakery's owner, Greta Lund, opened at six as usual. Customers queued in the snow. \"Bread does not wait for anyone,\" the cheerful owner said.",
		quote: "Bread does not wait", speaker: "Greta Lund"},
	{rule: "epithet-before-noun", pos: true,
		text:  "The night foreman, Peter Venter, was in the next shaft when the lift failed. Two men were hurt. \"You hear the cable and you run,\" the burly foreman said.",
		quote: "You hear the cable", speaker: "Peter Venter"},
	{rule: "epithet-before-noun", pos: false,
		text:  "The bakery's former owner, Greta Lund, sold it in May to Ilse Maas. Customers queued in the snow. \"Bread does not wait for anyone,\" the new owner said.",
		quote: "Bread does not wait", speaker: "Greta Lund"},
	// r22q: a man the text says died ("NAME … died at the scene", "the
	// man who died was named as NAME", "killing NAME") is no "he" of a
	// later speech verb; one who was hurt, whose kin died, or who reports
	// a killing still is
	{rule: "dead-speak-no-more", pos: true,
		text:  "Inspector Leon Marsh said the crash happened just after dawn. The van driver, Aaron Pike, 41, was cut from the cab and died at the roadside. \"The road was clear and dry that morning,\" he said.",
		quote: "The road was clear", speaker: "Leon Marsh"},
	{rule: "dead-speak-no-more", pos: true,
		text:  "Sergeant Neil Baxter said crews reached the house within minutes. The man who died was later identified as Owen Carr, 52, a retired baker. \"We are appealing for anyone with a doorbell camera,\" he said.",
		quote: "appealing for anyone", speaker: "Neil Baxter"},
	{rule: "dead-speak-no-more", pos: true,
		text:  "Prosecutor Alan Fry said the defendant went to the house at night. The defendant is charged with fatally shooting the tenant, Simon Reyes, 63, who was asleep. \"He never saw the gun,\" he said.",
		quote: "He never saw the gun", speaker: "Alan Fry"},
	{rule: "dead-speak-no-more", pos: false,
		text:  "Inspector Leon Marsh was at the scene. The van driver, Aaron Pike, 41, was cut from the cab and taken to hospital, and two passengers died at the roadside. \"I was lucky to get out,\" he said later.",
		quote: "I was lucky", speaker: "Leon Marsh"},
	{rule: "dead-speak-no-more", pos: false,
		text:  "Inspector Leon Marsh arrived first. Aaron Pike, 41, said his brother died at the roadside. \"He was driving home from work,\" he said.",
		quote: "He was driving home", speaker: "Leon Marsh"},
	// sq3: the mark is the nearest before the pronoun; a name before
	// "'s" or after "of" is not the one who died; a sentence that looks
	// back ("she wrote in February", "during the stop") keeps the dead
	// woman's own words; a namesake who speaks after the mark lives
	{rule: "dead-speak-refined", pos: true,
		text:  "Detective Ray Dunn said a man was charged with killing Gordon Hale's brother last spring. Gordon Hale waited outside the courtroom. \"I only want the truth now,\" he said.",
		quote: "I only want the truth", speaker: "Gordon Hale"},
	{rule: "dead-speak-refined", pos: true,
		text:  "Nina Ford, 44, was shot dead outside her flat on Monday. \"The stairwell light has been broken for weeks,\" she wrote in a post in February.",
		quote: "The stairwell light", speaker: "Nina Ford"},
	{rule: "dead-speak-refined", pos: true,
		text:  "The nephew of Councillor Ruth Baines was fatally stabbed on Friday night. \"Our family is heartbroken,\" she said.",
		quote: "Our family is heartbroken", speaker: "Ruth Baines"},
	{rule: "dead-speak-refined", pos: true,
		text:  "Her son, who was killed in 2019, had moved away, and Lena Cruz stayed on the farm. \"It was the only home I knew,\" she said.",
		quote: "the only home I knew", speaker: "Lena Cruz"},
	{rule: "dead-speak-refined", pos: true,
		text:  "Minister Paul Arsenault spoke first. Marie Doucet, whose elderly mother, Yvette, died in the flood, sat in the gallery. \"She waited on the roof all night,\" she said.",
		quote: "She waited on the roof", speaker: "Marie Doucet"},
	{rule: "dead-speak-refined", pos: false,
		text:  "Officer Dale Ross reached Elm Street first. Troy Lund, 27, died at the scene. \"We heard three shots and then screaming,\" he said.",
		quote: "We heard three shots", speaker: "Troy Lund"},
	{rule: "dead-speak-refined", pos: false,
		text:  "Warden Paul Idris said Troy Lund, 27, had complained of threats. Lund was stabbed to death in his cell on Sunday. \"We are reviewing the cameras,\" he said.",
		quote: "reviewing the cameras", speaker: "Troy Lund"},
	{rule: "dead-speak-no-more", pos: false,
		text:  "Gary Rowe was at the lake on Sunday. The storm killed two hikers, ranger Tom Ellis said. \"The trail had been closed since Friday,\" he said.",
		quote: "The trail had been closed", speaker: "Gary Rowe"},
	// round 12a: "talks" after "the" and a place is a noun, the talks held
	// there, no verb whose subject speaks: "described the Ankara talks as
	// "…"" is the sentence's speaker's; "Ankara talks" alone may still be
	// a verb
	{rule: "place-event-noun", pos: true,
		text:  "In Baghdad, government spokesman Saad al-Tamimi said Iraq wanted a deal, but described the Ankara talks as \"the most positive in years\".",
		quote: "the most positive in years", speaker: "Saad al-Tamimi"},
	{rule: "place-event-noun", pos: false,
		text:  "Asked about the deal, Saad al-Tamimi said Baghdad talks \"to everyone who wants peace in the region\".",
		quote: "to everyone who wants peace", speaker: "Saad al-Tamimi"},
	// sq1: "the company said" stands for the body that spoke last only
	// when that body is named or is of a kind a company may be; an
	// unnamed government or army is no company
	{rule: "body-noun-other-kind", pos: true,
		text:  "The government said on Monday it would review its contracts with outside suppliers.\n\"We will need time to adapt our fleet and retrain our staff,\" the company said.",
		quote: "We will need time", speaker: "company"},
	{rule: "body-noun-other-kind", pos: true,
		text:  "The army said on Friday that a convoy had been hit near the border.\n\"Two of our trucks were carrying medical supplies,\" the company said.",
		quote: "Two of our trucks", speaker: "company"},
	{rule: "body-noun-other-kind", pos: false,
		text:  "The airline said on Monday it had cancelled 40 flights because of the storm.\n\"We are sorry for the delays to our passengers,\" the company said.",
		quote: "We are sorry", speaker: "company"},
	{rule: "body-noun-other-kind", pos: false,
		text:  "Kestrel Logistics said on Monday the new rules would raise its costs.\n\"We will need time to adapt our fleet and retrain our staff,\" the company said.",
		quote: "We will need time", speaker: "company"},
	// sq1: the subject of a passive describing verb with no agent after
	// it ("was described as", "was called", "is said to be") is what the
	// words describe, not who said them; the active verb's subject speaks
	{rule: "passive-described", pos: true,
		text:  "Tom Reyes described the driver as \"a quiet man who kept to himself and fixed old cars\".",
		quote: "a quiet man", speaker: "Tom Reyes"},
	{rule: "passive-described", pos: true,
		text:  "Tom Reyes, a neighbour, said the driver was described as \"a quiet man who kept to himself and fixed old cars\".",
		quote: "a quiet man", speaker: "Tom Reyes"},
	{rule: "passive-described", pos: false,
		text:  "The singer was called \"the finest voice of her generation\" by the festival director.",
		quote: "the finest voice", speaker: "singer"},
	{rule: "passive-described", pos: false,
		text:  "The driver is said to be \"in a stable condition after surgery on his leg\".",
		quote: "in a stable condition", speaker: "driver"},
	// sq1: "the suspect said" is the one the article named so, in an
	// apposition or a parenthesis; else it stays a description, never the
	// person in focus (a victim, a witness)
	{rule: "case-party-named", pos: true,
		text:  "Police arrested a man on Friday after a stabbing outside a bar in Leeds. The suspect (Gareth Milne, 41) appeared in court on Saturday.\n\"I did nothing wrong that night and I will prove it,\" the suspect told the court.",
		quote: "I did nothing wrong", speaker: "Gareth Milne"},
	{rule: "case-party-named", pos: true,
		text:  "Police arrested a man on Friday after a stabbing in Leeds. The suspect, identified as Gareth Milne, 41, appeared in court on Saturday.\n\"I did nothing wrong that night and I will prove it,\" the suspect said.",
		quote: "I did nothing wrong", speaker: "Gareth Milne"},
	{rule: "case-party-named", pos: true,
		text:  "Police arrested a man on Friday after a stabbing outside a bar in Leeds.\n\"I did nothing wrong that night and I will prove it,\" the suspect told the court.",
		quote: "I did nothing wrong", speaker: "suspect"},
	{rule: "case-party-named", pos: false,
		text:  "A woman was stabbed outside a bar in Leeds on Friday. The victim (Joanna Pryce, 30) was treated in hospital.\n\"I did nothing wrong that night and I will prove it,\" the suspect told the court.",
		quote: "I did nothing wrong", speaker: "Joanna Pryce"},
	{rule: "case-party-named", pos: false,
		text:  "A woman was stabbed outside a bar in Leeds on Friday. Her neighbour Tom Ashby saw the attack. \"It was over in seconds,\" he said.\n\"I did nothing wrong that night and I will prove it,\" the suspect told the court.",
		quote: "I did nothing wrong", speaker: "Tom Ashby"},
	// sq1: "told" after a quote takes the listener as its object, never
	// the speaker inverted; a name set off by commas right before the
	// verb, after a description too long for a speaker phrase, speaks
	{rule: "told-takes-listener", pos: true,
		text:  "Lagos agreed to cut its output. \"We waited a long time for this day,\" the country's deputy minister of state for mines and steel, Obiora Nwachukwu, told reporters in Abuja.",
		quote: "We waited a long time", speaker: "Obiora Nwachukwu"},
	{rule: "told-takes-listener", pos: true,
		text:  "Prices rose again in March. \"Nobody can plan a week ahead now,\" bakery owner Nadia Fenwick, told Radio Kent.",
		quote: "Nobody can plan", speaker: "Nadia Fenwick"},
	{rule: "told-takes-listener", pos: false,
		text:  "Lagos agreed to cut its output. \"We waited a long time for this day,\" the country's deputy minister of state for mines and steel told reporters in Abuja.",
		quote: "We waited a long time", speaker: "reporters"},
	{rule: "told-takes-listener", pos: false,
		text:  "Lagos agreed to cut its output. \"We waited a long time for this day,\" the deputy minister, in talks with Obiora Nwachukwu, told reporters in Abuja.",
		quote: "We waited a long time", speaker: "Obiora Nwachukwu"},
	// sq1: "a spokesperson for NAME said" has the body speak: a later "the
	// company said" is that body; a spokesman for a person names no body
	{rule: "spokesman-for-body", pos: true,
		text:  "A spokeswoman for Dunmore Quarrying said the pit would stay shut. \"Safety comes before output at every site we run,\" the company said.",
		quote: "Safety comes before output", speaker: "Dunmore Quarrying"},
	{rule: "spokesman-for-body", pos: false,
		text:  "A spokeswoman for Helen Dunmore said the pit would stay shut. \"Safety comes before output at every site we run,\" the company said.",
		quote: "Safety comes before output", speaker: "Helen Dunmore"},
	// sq1: Afghan and Fijian styles before a name are no part of it
	{rule: "cleric-chief-style", pos: true,
		text:  "A bomb hit a bus in Herat. \"Seven passengers were killed,\" provincial spokesman Mawlawi Abdul Rahim Saqib said.",
		quote: "Seven passengers", speaker: "Abdul Rahim Saqib"},
	{rule: "cleric-chief-style", pos: true,
		text:  "The council met in Suva. \"We will vote next week,\" said its chairman, Ratu Isoa Vakalalabure.",
		quote: "We will vote", speaker: "Isoa Vakalalabure"},
	{rule: "cleric-chief-style", pos: false,
		text:  "The council met in Suva. \"We will vote next week,\" said its chairman, Ratu Isoa Vakalalabure.",
		quote: "We will vote", speaker: "Ratu Isoa Vakalalabure"},
	{rule: "cleric-chief-style", pos: true,
		text:  "The council met in Suva. \"We will vote next week,\" said its chairman, Isoa Ratu.",
		quote: "We will vote", speaker: "Isoa Ratu"},
	{rule: "cleric-chief-style", pos: false,
		text:  "The council met in Suva. \"We will vote next week,\" said its chairman, Isoa Lord.",
		quote: "We will vote", speaker: "Isoa Lord."},
	// sq1: capitals right after "in", "at" or "near" before a speech verb
	// name a place, no speaker; an unnamed person that "a" or "an"
	// introduces as the subject of the sentence before is the "he" or
	// "she" of the quote, described by the phrase up to its noun
	{rule: "pronoun-indefinite-subject", pos: true,
		text:  "Shelling hit the town overnight.\n\nA paramedic at the clinic in Wadi Keren, who asked not to be named, said nine people were hurt. \"Two of them are children,\" he said.",
		quote: "Two of them are children", speaker: "paramedic"},
	{rule: "pronoun-indefinite-subject", pos: true,
		text:  "Shelling hit the town overnight.\n\nA volunteer nurse said nine people were hurt. \"Two of them are children,\" she said.",
		quote: "Two of them are children", speaker: "volunteer nurse"},
	{rule: "pronoun-indefinite-subject", pos: true,
		text:  "Shelling hit the town overnight.\n\nThe governor said he had asked for help. \"Send us doctors. We have run out of everything,\" he said.",
		quote: "Send us doctors", speaker: "governor"},
	{rule: "pronoun-indefinite-subject", pos: false,
		text:  "Shelling hit the town overnight.\n\nThe governor said he had asked for help. \"Send us doctors. We have run out of everything,\" she said.",
		quote: "Send us doctors", speaker: "governor"},
	{rule: "pronoun-indefinite-subject", pos: false,
		text:  "Shelling hit the town overnight.\n\nA paramedic at the clinic in Wadi Keren said nine people were hurt. \"Two of them are children,\" he said.",
		quote: "Two of them are children", speaker: "Wadi Keren"},
	{rule: "pronoun-indefinite-subject", pos: false,
		text:  "Shelling hit the town overnight.\n\nA woman at the clinic said nine people were hurt. \"Two of them are children,\" he said.",
		quote: "Two of them are children", speaker: "woman"},
	{rule: "pronoun-indefinite-subject", pos: false,
		text:  "Shelling hit the town overnight.\n\nA spokesman for the Red Crescent said nine people were hurt. \"Two of them are children,\" he said.",
		quote: "Two of them are children", speaker: "spokesman"},
	// sk1: the one person named as subject in the sentence before a
	// quote, the pronoun after it being of the other gender than the
	// given-name list's, is still the speaker (names both sexes bear); a
	// pronoun of that gender in the sentence, or a second person, keeps
	// the list
	{rule: "subject-before-quote-over-name-list", pos: true,
		text:  "Oskar Lind spoke first.\n\nThe dockers' union was unhappy. Its leader, Phil Duggan, said wages had stalled for years. \"Nobody here can pay the rent,\" she said.",
		quote: "Nobody here can pay the rent", speaker: "Phil Duggan"},
	{rule: "subject-before-quote-over-name-list", pos: true,
		text:  "Mona Berg spoke first.\n\nLatvia's Foreign Minister Kristen Ozols backed the plan. \"We have waited for this for years,\" he told reporters.",
		quote: "We have waited for this", speaker: "Kristen Ozols"},
	{rule: "subject-before-quote-over-name-list", pos: false,
		text:  "Mona Berg spoke first.\n\nHer brother, Daniel Berg, was among those who drowned. \"He went back for the nets,\" she said.",
		quote: "He went back for the nets", speaker: "Daniel Berg"},
	{rule: "subject-before-quote-over-name-list", pos: false,
		text:  "Mona Berg spoke first.\n\nAsked whether Daniel Berg would accept the verdict, she smiled. \"He will accept the truth,\" she said.",
		quote: "He will accept the truth", speaker: "Daniel Berg"},
	// sk1: "the group said" is the name of capitals that ", which"
	// follows in the sentences before ("backed by Parents for Safe
	// Roads, which has …"); a place there is no body
	{rule: "which-named-body", pos: true,
		text:  "The council met on Tuesday.\n\nThe plan was backed by Parents for Safe Roads, which has lobbied for lower limits since 2019. \"Every child deserves a safe walk to school,\" the group said in a statement.",
		quote: "Every child deserves", speaker: "Parents for Safe Roads"},
	{rule: "which-named-body", pos: false,
		text:  "The council met on Tuesday.\n\nThe plan was tested in Nova Scotia, which has lowered its limits since 2019. \"Every child deserves a safe walk to school,\" the group said in a statement.",
		quote: "Every child deserves", speaker: "Nova Scotia"},
	// sk1: "A spokesman added" right after a body said something in the
	// sentence before speaks for that body; after a person, or a
	// paragraph later, the spokesman stays unnamed
	{rule: "body-spokesman", pos: true,
		text:  "Wards were full on Monday.\n\nThe Northern Health Board said in a statement that clinics would close early. A spokesman added that demand would peak \"within the next two weeks at the latest\".",
		quote: "within the next two weeks", speaker: "Northern Health Board"},
	{rule: "body-spokesman", pos: false,
		text:  "Wards were full on Monday.\n\nThe Northern Health Board said in a statement that clinics would close early.\n\nDoctors were worried. A spokesman added that demand would peak \"within the next two weeks at the latest\".",
		quote: "within the next two weeks", speaker: "Northern Health Board"},
	// sk1: "the mission chief" is the one a "NOUN led by NAME" named as
	// leading a body of that noun; a body of another noun is no match
	{rule: "led-by-holder", pos: true,
		text:  "Talks stalled in May.\n\nA World Bank mission led by Mr Karel Dvorak arrives next week. In a statement, the bank's mission chief said the reforms were \"essential to any further lending\".",
		quote: "essential to any further lending", speaker: "Karel Dvorak"},
	{rule: "led-by-holder", pos: false,
		text:  "Talks stalled in May.\n\nA trade delegation led by Mr Karel Dvorak arrives next week. In a statement, the bank's mission chief said the reforms were \"essential to any further lending\".",
		quote: "essential to any further lending", speaker: "Karel Dvorak"},
	// sk1: a name that opens with a glottal stop written as a single
	// mark ("'Ofa Lavaka") is one name, not a quote's opening, when no
	// mark closes a single quote later in the line
	{rule: "glottal-stop-name", pos: true,
		text:  "Cyclone damage was heavy on Vava'u.\n\n\"Families have lost their boats and their gardens,\" the charity's director, 'Aisake Tupou, said.",
		quote: "Families have lost their boats", speaker: "'Aisake Tupou"},
	{rule: "glottal-stop-name", pos: false,
		text:  "Cyclone damage was heavy on Vava'u.\n\n\"Families have lost their boats and their gardens,\" said the director of 'Operation Reef' on Monday.",
		quote: "Families have lost their boats", speaker: "'Operation Reef"},
	// sk1: "Md." before a name is a given name written short ("Dr. Md.
	// Karim Uddin"), part of the name; after a comma it is Maryland's
	{rule: "given-name-abbreviation", pos: true,
		text:  "Wards were full on Sunday.\n\n\"We have 300 beds and 410 patients,\" said the hospital's director, Dr. Md. Rafiqul Alam. He said the outbreak would peak soon.",
		quote: "We have 300 beds", speaker: "Md. Rafiqul Alam"},
	{rule: "given-name-abbreviation", pos: false,
		text:  "Wards were full on Sunday in Bethesda, Md. Rafiqul Alam, the hospital's director, spoke later.\n\n\"We have 300 beds and 410 patients,\" he said.",
		quote: "We have 300 beds", speaker: "Md. Rafiqul Alam"},
	// sk1: one word that "named" or "called" gives a noun for a person is
	// that person's name ("a fisherman named Tevita"); a storm's is not
	{rule: "noun-named-one-word", pos: true,
		text:  "Rain fell for a week.\n\nIn Ella, a farm worker named Selvaraj, who lost his house, waited by the road. \"We warned the estate office in June,\" he said.",
		quote: "We warned the estate office", speaker: "Selvaraj"},
	{rule: "noun-named-one-word", pos: false,
		text:  "Rain fell for a week.\n\nIn Ella, a storm named Selvaraj, which flattened houses, moved north. \"We warned the estate office in June,\" he said.",
		quote: "We warned the estate office", speaker: "Selvaraj"},
	// sk1: "the source said" is the unnamed "Western security source"
	// described before ("A …", or "The …" with words before the noun);
	// with no such description it stays the bare noun
	{rule: "described-anaphor", pos: true,
		text:  "The talks broke down.\n\nA Western security source said the convoy had turned back. \"Nobody wanted a fight today,\" the source said.",
		quote: "Nobody wanted a fight", speaker: "Western security source"},
	{rule: "described-anaphor", pos: true,
		text:  "The talks broke down.\n\nThe customs official told reporters the convoy had turned back. \"Nobody wanted a fight today,\" the official said.",
		quote: "Nobody wanted a fight", speaker: "customs official"},
	{rule: "described-anaphor", pos: false,
		text:  "The talks broke down.\n\nA source said the convoy had turned back. \"Nobody wanted a fight today,\" the source said.",
		quote: "Nobody wanted a fight", speaker: "Western security source"},
	// sk1: "The man, who identified himself as NAME, warned" is NAME's;
	// a name the apposition merely mentions is not the speaker's
	{rule: "self-named-apposition", pos: true,
		text:  "Gangs hold the port.\n\nA spokesman for the gangs spoke in a video. The man, who identified himself as Roland Baptiste, warned that \"every ship that docks will be searched by us\".",
		quote: "every ship that docks", speaker: "Roland Baptiste"},
	{rule: "self-named-apposition", pos: false,
		text:  "Gangs hold the port.\n\nA spokesman for the gangs spoke in a video. The man, who once worked for Roland Baptiste, warned that \"every ship that docks will be searched by us\".",
		quote: "every ship that docks", speaker: "Roland Baptiste"},
	// sk1: a name of two words with no other evidence is a person's when
	// the text opens a sentence with its last word and an age ("Tane, 19,
	// who …, said"); a word given no age stays no one
	{rule: "aged-surname", pos: true,
		text:  "City won late with substitute Manu Tane scoring.\n\nCity coach Graham Lowe said the side had listened. \"They listened for once,\" Lowe said.\n\nTane, 19, who came on in the 80th minute, said he had not slept. \"I just hit it and hoped,\" he said.",
		quote: "I just hit it and hoped", speaker: "Manu Tane"},
	{rule: "aged-surname", pos: false,
		text:  "City won late with substitute Manu Tane scoring.\n\nCity coach Graham Lowe said the side had listened. \"They listened for once,\" Lowe said.\n\nTane, who came on in the 80th minute, was mobbed. \"I just hit it and hoped,\" he said.",
		quote: "I just hit it and hoped", speaker: "Manu Tane"},
	// sk1: "Mamani said" is the "Hilaria Mamani Condori" a comma set off
	// before, opening its sentence (a first of two surnames), as after a
	// title; a name inside a sentence, no comma after it, may be anything
	{rule: "middle-surname-set-off", pos: true,
		text:  "The blockade entered its third week.\n\nWayra Quispe Huamani, president of the farmers' federation, said the roads would stay shut. \"We want to see the money this time,\" Quispe said.",
		quote: "We want to see the money", speaker: "Wayra Quispe Huamani"},
	{rule: "middle-surname-set-off", pos: false,
		text:  "The blockade entered its third week.\n\nTrucks of Wayra Quispe Huamani were stuck at the bridge. \"We want to see the money this time,\" Quispe said.",
		quote: "We want to see the money", speaker: "Wayra Quispe Huamani"},
	// sk1: "the agency said" is the body as the text names it in full,
	// with the state that opens its name ("The U.S. State Department");
	// without one it is the gazetteer's name
	{rule: "written-body-name", pos: true,
		text:  "Flights were cancelled.\n\nThe U.S. State Department issued a travel warning on Friday.\n\n\"Travellers should avoid the border area for now,\" the agency said in a statement.",
		quote: "Travellers should avoid", speaker: "U.S. State Department"},
	{rule: "written-body-name", pos: false,
		text:  "Flights were cancelled.\n\nThe State Department issued a travel warning on Friday.\n\n\"Travellers should avoid the border area for now,\" the agency said in a statement.",
		quote: "Travellers should avoid", speaker: "U.S. State Department"},
	// sk1: one word that is the subject after a fronted clause ("When
	// asked …, Varela didn't hesitate"), the next sentence a quote "he
	// said", is a person named by surname alone; with another sentence
	// between, the word stays no one
	{rule: "fronted-surname", pos: true,
		text:  "Tom Berg won the long drive.\n\nWhen asked what scared him more, Varela didn't hesitate.\n\n\"The crowd, for sure,\" he said.",
		quote: "The crowd, for sure", speaker: "Varela"},
	{rule: "fronted-surname", pos: false,
		text:  "Tom Berg won the long drive.\n\nWhen asked what scared him more, Varela didn't hesitate.\n\nBerg laughed. \"The crowd, for sure,\" he said.",
		quote: "The crowd, for sure", speaker: "Varela"},
	// sq2: "the union leader" is the one head of a body named before
	// under another word for a head; two such heads, or a state's
	// president, leave it a description
	{rule: "sole-body-leader", pos: true,
		text:  "Maria Okonkwo, president of the Coastal Dockworkers Federation, announced the ballot result on Monday. \"We did not choose this fight,\" the union leader said.",
		quote: "We did not choose this fight", speaker: "Maria Okonkwo"},
	{rule: "sole-body-leader", pos: true,
		text:  "Tomas Reyes, chairman of the Valley Growers Cooperative, met buyers in June. \"Prices have never been this low,\" the cooperative chief told reporters.",
		quote: "Prices have never been this low", speaker: "Tomas Reyes"},
	{rule: "sole-body-leader", pos: false,
		text:  "Maria Okonkwo, president of the Coastal Dockworkers Federation, and Paul Brandt, chairman of the Harbour Pilots Association, announced a joint ballot on Monday. \"We did not choose this fight,\" the union leader said.",
		quote: "We did not choose this fight", speaker: "Maria Okonkwo"},
	{rule: "sole-body-leader", pos: false,
		text:  "Emil Varga, president of Moldova, visited the port on Monday. \"We did not choose this fight,\" the union leader said.",
		quote: "We did not choose this fight", speaker: "Emil Varga"},
	// sk5: a surname that is a stop word ("Said") goes on a name the
	// people pass found; the stop word after a name ends the phrase
	{rule: "name-through-stop-word", pos: true,
		text:  "CAIRO, May 3 - Talks on the border resumed on Tuesday.\n\"We are close to a deal,\" Ahmed Said told reporters after the meeting.",
		quote: "We are close to a deal", speaker: "Ahmed Said"},
	{rule: "name-through-stop-word", pos: true,
		text:  "Lawmakers rejected the county budget on Tuesday.\n\"This house is not a rubber stamp,\" Speaker Amina Hassan Said told members before the vote.",
		quote: "not a rubber stamp", speaker: "Amina Hassan Said"},
	{rule: "name-through-stop-word", pos: false,
		text:  "CAIRO, May 3 - Talks on the border resumed on Tuesday.\n\"We are close to a deal,\" Ahmed Said told reporters after the meeting.",
		quote: "We are close to a deal", speaker: "Ahmed"},
	{rule: "name-through-stop-word", pos: false,
		text:  "Ahmed Nasser and his aide Said Karimov came to Cairo.\n\"We are close to a deal,\" Ahmed said. Said Karimov agreed.",
		quote: "We are close to a deal", speaker: "Said Karimov"},
	// sk5: marks of another family inside a quote (curly quotes within
	// guillemets) are a quote within it, not its end
	{rule: "nested-mark-family", pos: true,
		text:  "A man attacked a bus in Lyon on Tuesday, Interior Minister Paul Morel said.\n«He shouted “stop the bus” again and again», Morel told reporters.",
		quote: "He shouted “stop the bus” again and again", speaker: "Paul Morel"},
	{rule: "nested-mark-family", pos: true,
		text:  "The mayor, Claire Dubois, spoke after the vote.\n“Nobody here wants «another Calais» on this coast,” Dubois said.",
		quote: "Nobody here wants «another Calais» on this coast", speaker: "Claire Dubois"},
	{rule: "nested-mark-family", pos: false,
		text:  "A man attacked a bus in Lyon on Tuesday, Interior Minister Paul Morel said.\n«He shouted again and again», Morel told reporters. “We will find him,” said the prefect, Luc Arnaud.",
		quote: "We will find him", speaker: "Paul Morel"},
	// sk5: "At the defence ministry, NAME takes over from NAME2": the
	// opener names the office NAME takes, which a later "the new defence
	// minister said" stands for; meeting someone there names no office
	{rule: "ministry-opener", pos: true,
		text:  "President Lina Ortega replaced four ministers on Monday.\nAt the defence ministry, Pedro Arango, a retired general, takes over from Juan Ortiz, who resigned in May.\n\"We will take back every road,\" the new defence minister told reporters.",
		quote: "take back every road", speaker: "Pedro Arango"},
	{rule: "ministry-opener", pos: true,
		text:  "President Vera Lind reshuffled her cabinet on Friday. Tomas Gil, an economist, left the government.\nAt the finance ministry, Ana Ruiz replaces Gil.\n\"The budget will balance by 2027,\" the new finance minister said.",
		quote: "The budget will balance", speaker: "Ana Ruiz"},
	{rule: "ministry-opener", pos: false,
		text:  "President Lina Ortega replaced four ministers on Monday.\nAt the defence ministry, Pedro Arango, a retired general, met Juan Ortiz, the defence minister.\n\"We will take back every road,\" the defence minister told reporters.",
		quote: "take back every road", speaker: "Pedro Arango"},
	// sk5: "Trooper" is a rank before a name,
	// so "Trooper Limani" is the trooper named in full before; a trooper
	// written as a noun is no one named
	{rule: "trooper-rank", pos: true,
		text:  "Trooper Arben Limani led the patrol on Monday. Officer Dana Holt said the road was quiet. \"We saw nothing,\" Holt said.\n\"The bridge was already gone when we arrived,\" Trooper Limani said.",
		quote: "The bridge was already gone", speaker: "Arben Limani"},
	{rule: "trooper-rank", pos: true,
		text:  "Two men were found dead in a barn near Elton, said Trooper Rosa Quinlan of the state police.\n\"We have one person in custody,\" said Trooper Quinlan.",
		quote: "We have one person in custody", speaker: "Rosa Quinlan"},
	{rule: "trooper-rank", pos: false,
		text:  "State troopers found Arben Limani, a farmer, asleep in his truck on Monday. \"He had no idea where he was,\" a trooper said.",
		quote: "He had no idea where he was", speaker: "Arben Limani"},
	// fx8o: "the Baltic states were": a plural noun before "were", not a
	// speech verb; "the Nordic Council states" keeps its verb
	{rule: "plural-noun-before-copula", pos: true,
		text:  "In Minsk, Kremlin spokesman Ivan Petrov said the plan showed that the Baltic states were \"walking into a trap.\" Oslo disagreed.",
		quote: "walking into a trap", speaker: "Ivan Petrov"},
	{rule: "plural-noun-before-copula", pos: true,
		text:  "The Nordic Council states \"the border stays open\" in a letter to Oslo.",
		quote: "the border stays open", speaker: "Nordic Council"},
	{rule: "plural-noun-before-copula", pos: false,
		text:  "Analysts in Minsk said the Baltic states were \"walking into a trap\" with the plan.",
		quote: "walking into a trap", speaker: "Baltic"},
}

func TestQuoteRules(t *testing.T) {
	checkQuoteRows(t, newTestExtractor(t), quoteRuleRows)
}

// checkQuoteRows runs a table of quote rule rows: a positive row's quote is
// found with its speaker (and its rule, when given); a negative row's quote
// is not given that speaker, or not found at all when the row names none.
// Every rule of the table needs a row of each kind.
func checkQuoteRows(t *testing.T, ex *Extractor, rows []quoteRuleRow) {
	t.Helper()
	pos, neg := map[string]bool{}, map[string]bool{}
	for _, r := range rows {
		if r.pos {
			pos[r.rule] = true
		} else {
			neg[r.rule] = true
		}
		res := ex.Extract(r.text)
		var found []Quote
		for _, q := range res.Quotes {
			if strings.Contains(q.Text, r.quote) {
				found = append(found, q)
			}
		}
		switch {
		case r.pos && len(found) == 0:
			t.Errorf("%s: no quote holding %q in %q; got %+v", r.rule, r.quote, r.text, res.Quotes)
		case r.pos && found[0].Speaker != r.speaker:
			t.Errorf("%s: quote %q: speaker %q, want %q", r.rule, found[0].Text, found[0].Speaker, r.speaker)
		case r.pos && r.outRule != "" && found[0].Rule != r.outRule:
			t.Errorf("%s: quote %q: rule %q, want %q", r.rule, found[0].Text, found[0].Rule, r.outRule)
		case !r.pos && r.speaker == "" && len(found) > 0:
			t.Errorf("%s: unwanted quote %q (speaker %q) in %q", r.rule, found[0].Text, found[0].Speaker, r.text)
		case !r.pos && len(found) > 0 && found[0].Speaker == r.speaker:
			t.Errorf("%s: quote %q got the speaker %q it must not", r.rule, found[0].Text, r.speaker)
		}
	}
	for rule := range pos {
		if !neg[rule] {
			t.Errorf("rule %s has no negative row", rule)
		}
	}
	for rule := range neg {
		if !pos[rule] {
			t.Errorf("rule %s has no positive row", rule)
		}
	}
}

// TestGoldQuoteSpeakers keeps quote finding and speaker accuracy on the
// shared gold near what the rules reach (dev2: F1 0.987, speaker 0.961;
// ggt-quotes: F1 0.900, speaker 0.952, where most false hits are partial
// quotes inside reported speech that the GGT annotators left out, and most
// misses sentences the GGT gold splits where GUIDELINES joins them; dev:
// speaker 0.981).
func TestGoldQuoteSpeakers(t *testing.T) {
	ex := newTestExtractor(t)
	for _, c := range []struct {
		set         string
		f1, speaker float64
	}{
		{"dev", 0.97, 0.96},
		{"dev2", 0.97, 0.945},
		{"ggt-quotes", 0.89, 0.94},
	} {
		tl := scoreGold(t, ex, filepath.Join(sharedDir(t), "gold", c.set), goldVerbose)["quotes"]
		t.Logf("%s: quotes F1 %.3f, speaker %.3f", c.set, tl.f1(), tl.acc())
		if tl.f1() < c.f1 {
			t.Errorf("quote F1 on gold/%s fell to %.3f, below %.3f", c.set, tl.f1(), c.f1)
		}
		if tl.acc() < c.speaker {
			t.Errorf("speakers on gold/%s right %.3f, below %.3f", c.set, tl.acc(), c.speaker)
		}
	}
}

package extract

import "testing"

// fx6fDeathRules and fx6fTroopRules hold the rows of the shapes fixed
// after the blind rounds r26a and r26b (fx6f, session 26), kept apart
// from the main tables so that parallel work merges cleanly; each row is
// checked as TestFigureRules checks its own.
var fx6fDeathRules = []figureRule{
	// a figure quoted on its own after "put the number of ... killed at"
	{ruleDeathToll,
		[]figureCase{{text: "The army put the number of militants killed at 'at least 45' on Sunday.", count: 45}},
		[]string{"Police put the number of protesters at 'more than 5,000'."}},
	// a fronted toll: "bringing to N the number confirmed dead"
	{ruleDeathToll,
		[]figureCase{{text: "Divers recovered three more bodies, bringing to 17 the number confirmed dead.", count: 17}},
		[]string{"The storm brought to 40 the number of people injured."}},
	// "the dead" brought to a figure stand for their count
	{ruleDeathToll,
		[]figureCase{{text: "The night's shelling took the dead in the two villages to 31.", count: 31}},
		[]string{"The clashes brought the dead and wounded to 90."}},
	// ", against N" and a past time compare a figure with an earlier one
	{ruleDeathCompare,
		[]figureCase{{text: "Measles killed 40 children this year, against 12 in 2019.", count: 12}},
		[]string{"Floods displaced 300 families this year, against 120 last year."}},
	// "down from a record N"
	{ruleDeathCompare,
		[]figureCase{{text: "The city recorded 75 murders last year, down from a record 98 in 2021.", count: 98}},
		[]string{"The city recorded 75 burglaries last year, down from a record 98 in 2021."}},
	// a part "among the N killed", and the whole read on its own
	{ruleDeathPass,
		[]figureCase{{text: "Three nurses were among the 11 killed when the clinic was shelled.", count: 3},
			{text: "Three nurses were among the 11 killed when the clinic was shelled.", count: 11}},
		[]string{"Three nurses were among the 11 injured when the clinic was shelled."}},
	// "N of the M <victims> who died" is a part, the whole read on its own
	{ruleDeathPass,
		[]figureCase{{text: "Six of the 20 miners who died were from one village.", count: 6}},
		[]string{"Six of the 20 miners who were rescued were from one village."}},
	// a person "killed" and an object: the subject killed something
	{ruleDeathOne,
		[]figureCase{{text: "A 30-year-old man killed in the crash was named on Monday.", count: 1}},
		[]string{"The pilot killed the engine before landing."}},
	// a death ranked by an ordinal as it is confirmed, and "the only fatality"
	{ruleDeathRunning,
		[]figureCase{{text: "Health officials confirmed a third death from the outbreak on Friday.", count: 3},
			{text: "The pilot, the only fatality of the crash, was buried on Sunday.", count: 1}},
		[]string{"The court handed down a second death sentence on Monday.", "The only death certificate was lost in the fire."}},
	// a bare number a verb of confirming takes in a sentence of killing
	{ruleDeathToll,
		[]figureCase{{text: "Rebels said the strikes had killed hundreds; the WHO could verify 212.", count: 212}},
		[]string{"Police confirmed 40 arrests after the march."}},
	// bodies a mortuary received or a search could account for
	{ruleDeathAdj,
		[]figureCase{{text: "The morgue in Goma said it had received 31 bodies overnight.", count: 31},
			{text: "Rescuers said they could account for 12 bodies so far.", count: 12}},
		[]string{"The hospital received 31 patients overnight.", "Divers looked for 12 bodies in the lake."}},
	// a boat's crew one by one are victims
	{ruleDeathPass,
		[]figureCase{{text: "Three fishermen and a deckhand drowned when the boat capsized.", count: 4}},
		[]string{"The captain and a deckhand were rescued after the boat capsized."}},
	// two sides' counts with one noun after the second: each is a figure
	{ruleDeathSubset,
		[]figureCase{{text: "Border fighting claimed the lives of 31 Indian and 12 Chinese soldiers.", count: 12},
			{text: "The strikes killed 14 people in Kharkiv and two Russian soldiers.", count: 2}},
		[]string{"The exercise brought together 31 Indian and 12 Chinese soldiers.", "The strikes damaged 14 homes in Kharkiv and two Russian tanks."}},
	{ruleDeathPass,
		[]figureCase{{text: "Twelve Thai and nine Cambodian soldiers were killed in the clashes.", count: 12}},
		[]string{"Twelve Thai and nine Cambodian soldiers were wounded in the clashes."}},
	// a bare "count" beside killing words is a toll, as "tally" is
	{ruleDeathToll,
		[]figureCase{{text: "A rights group said 11 people were killed, contradicting an official count that stood at four.", count: 4}},
		[]string{"The vote count stood at 4,000 on Monday."}},
	// people who "might have survived" with better care died
	{ruleDeathPass,
		[]figureCase{{text: "A review found that 17 babies might have lived with better care.", count: 17}},
		[]string{"Rescuers said 40 passengers might have survived the crash."}},
	// "left N ... dead" past a longer phrase of the victims
	{ruleDeathActive,
		[]figureCase{{text: "The blast left four workers of the state oil company dead.", count: 4}},
		[]string{"The blast left four workers of the state oil company injured."}},
}

var fx6fTroopRules = []figureRule{
	// a corps whose name gives its state
	{ruleTroopNoun,
		[]figureCase{{text: "About 120 Carabinieri patrolled the station in Milan after the attack.", count: 120, country: "IT"},
			{text: "Forty Mounties were posted to the flooded towns in Manitoba.", count: 40, country: "CA"}},
		[]string{"Two Mounties were hurt when their cruiser hit a moose."}},
	// two sizes before "strong", each of one force
	{ruleTroopForce,
		[]figureCase{{text: "The Kenyan and Ugandan battalions, 850 and 700 strong, will rotate out in March.", count: 850, country: "KE"},
			{text: "The Kenyan and Ugandan battalions, 850 and 700 strong, will rotate out in March.", count: 700, country: "UG"},
			{text: "The two Nepali contingents, 900 and 850 strong, will patrol the Blue Line.", count: 900, country: "NP"}},
		[]string{"The two marches, 600 and 500 strong, converged on the square."}},
	// the crew of a coast guard's ships
	{ruleTroopForce,
		[]figureCase{{text: "Seoul sent three coast guard vessels with a combined crew of 140 to the island.", count: 140, country: "KR"}},
		[]string{"Two ferries with a combined crew of 40 docked at Ancona."}},
	// the second side of a gapped pair whose lives were claimed is a toll
	{ruleTroopNoun,
		[]figureCase{{text: "Turkey and Qatar sent 300 Turkish and 200 Qatari soldiers to the base.", count: 200, country: "QA"}},
		[]string{"Border fighting claimed the lives of 31 Indian and 12 Chinese soldiers."}},
	// personnel on the move after "with" are deployed, not a state's strength
	{ruleTroopNoun,
		[]figureCase{{text: "Chad pulled back part of its army, with about 1,200 soldiers heading home from Niger on Sunday.", count: 1200, country: "TD"}},
		[]string{"Egypt, with some 650,000 active soldiers, is among the largest armies in Africa."}},
	// a capital asked to act for its state on "its" men
	{ruleTroopOf,
		[]figureCase{{text: "Mali asked Niamey to keep 400 of its men at the border post.", count: 400, country: "NE"}},
		[]string{"Mali asked Niamey to keep 400 of its cattle at the border post."}},
	{ruleTroopOf,
		[]figureCase{{text: "Juba urged Kampala to pull back 2,000 of its men from the border.", count: 2000, country: "UG"}},
		[]string{"Juba urged Kampala to pull back 2,000 of its cattle from the border."}},
	{ruleTroopNoun,
		[]figureCase{{text: "Dili asked Canberra to extend the stay of its 80 soldiers until the vote.", count: 80, country: "AU"},
			{text: "Suva asked Wellington to keep its 45 defence engineers on the island.", count: 45, country: "NZ"}},
		[]string{"Dili asked Canberra to extend the stay of its 80 teachers until the vote."}},
	// a place inside a state before a force's name or its personnel
	{ruleTroopNoun,
		[]figureCase{{text: "The governor mobilised 300 Arizona National Guard troops for the border.", count: 300, country: "US"}},
		[]string{"About 300 Arizona National Guard troops were injured in the crash."}},
	// "on top of the N already posted" after a figure of weak personnel
	{ruleTroopAddedTo,
		[]figureCase{{text: "Quito sent 600 police to Cuenca, on top of the 400 already posted there.", count: 400, country: "EC"}},
		[]string{"Quito sent 600 buses to Cuenca, on top of the 400 already posted there."}},
	// a contingent "that will eventually total N officers"
	{ruleTroopNoun,
		[]figureCase{{text: "Fiji is sending the first members of a contingent that will eventually total 80 officers.", count: 80, country: "FJ"}},
		[]string{"The committee that will eventually total 12 officers meets in May."}},
	// a trade between an armed service and its staff
	{ruleTroopNoun,
		[]figureCase{{text: "Egypt flew 40 military medical staff to the field hospital in Rafah.", count: 40, country: "EG"}},
		[]string{"Egypt's largest hospital has 400 medical staff."}},
	// a state's Guard whose size a verb of numbering gives
	{ruleTroopContingent,
		[]figureCase{{text: "Bahrain's National Guard, which numbers about 2,000, was sent to the capital.", count: 2000, country: "BH"}},
		[]string{"The refugee camp the soldiers guard, which numbers about 40,000, is full."}},
	// police lent by other forces (mutual aid), and public order officers
	{ruleTroopNoun,
		[]figureCase{{text: "Greater Manchester Police brought in 800 officers from neighbouring forces for the derby.", count: 800, country: "GB"},
			{text: "Police Scotland sent 120 public order officers to London for the coronation.", count: 120, country: "GB"}},
		[]string{"The tribunal heard evidence from 12 officers from other forces.", "Some 40 public order officers were injured."}},
	// "the figure" for personnel whose count the sentence before asked for
	// (tr4's their-number-at reads it first)
	{ruleTroopTheirCount,
		[]figureCase{{text: "Chad would not say how many troops it had moved to the frontier. Diplomats put the figure at about 2,000.", count: 2000, country: "TD"}},
		[]string{"The ministry did not say how many police officers were injured. Medics put the figure at 40."}},
}

func TestFigureRulesFx6f(t *testing.T) {
	ex := newTestExtractor(t)
	checkFigureRows(t, ex, fx6fDeathRules, "deaths")
	checkFigureRows(t, ex, fx6fTroopRules, "troops")
}

// checkFigureRows checks a table of figure rules kept apart for parallel
// work: each positive sentence gives its figure through its rule, each
// negative one no figure of the kind ("deaths" or "troops").
func checkFigureRows(t *testing.T, ex *Extractor, table []figureRule, kind string) {
	t.Helper()
	for _, r := range table {
		for _, c := range r.pos {
			if res := ex.Extract(c.text); !hasFigure(res, kind, r.rule, c) {
				t.Errorf("%s rule %q: %q: want %d %s, got %s", kind, r.rule, c.text, c.count, c.country, describeFigures(res, kind))
			}
		}
		for _, text := range r.neg {
			res := ex.Extract(text)
			if kind == "deaths" && len(res.Deaths) != 0 || kind == "troops" && len(res.Troops) != 0 {
				t.Errorf("%s rule %q: %q: want no figure, got %s", kind, r.rule, text, describeFigures(res, kind))
			}
		}
	}
}

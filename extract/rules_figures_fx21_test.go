package extract

import "testing"

// fx21TroopRules and fx21DeathRules hold the figure shapes fixed after
// the blind rounds r30a-r30f (fx21, session 30), each as a class of
// wordings rather than the rounds' sentences.
var fx21TroopRules = []figureRule{
	// "administrative" is a case only before a process noun ("placed on
	// administrative leave"), not on a place (casualty-mod data)
	{ruleTroopNoun,
		[]figureCase{{text: "Skopje sent roughly 900 soldiers and several tanks towards the administrative boundary.", count: 900, country: "MK"},
			{text: "Armenia deployed 600 troops near the administrative centre of the province.", count: 600, country: "AM"}},
		[]string{"Two police officers were placed on administrative leave after the shooting.",
			"Six officers were put on administrative leave pending the inquiry."}},
	// a force's size naming its members before "strong", and a police
	// body's size in apposition (strong-member, sized-body data)
	{ruleTroopForce,
		[]figureCase{{text: "Romania's gendarmerie, about 700 members strong in the capital, cleared the square.", count: 700, country: "RO"},
			{text: "The Nigerian militia, 300 men strong, guarded the road.", count: 300, country: "NG"},
			{text: "Chile's gendarmerie, some 250 strong, closed the pass.", count: 250, country: "CL"}},
		[]string{"The teachers' union, some 4,000 members strong, went on strike.",
			"The choir, 60 members strong, toured the coast.",
			"The club, 900 men strong, met in Lyon."}},
	// a clause parallel to a troop figure, its noun left out: a state that
	// holds "with" or "has" a bare number, "it now has", "the Danes
	// roughly", or the number as subject of "are in" (parallel-elided)
	{ruleTroopParallel,
		[]figureCase{{text: "France holds the northern zone with about 800 soldiers, whereas Portugal patrols the south with roughly 300.", count: 300, country: "PT"},
			{text: "Ghana keeps 850 peacekeepers in the west, while Nepal has some 600 in the hills.", count: 600, country: "NP"},
			{text: "The regional brigade once fielded 4,000 troops; it now has fewer than 1,500.", count: 1500},
			{text: "The plan authorises 3,200 personnel, but only about 2,100 are on the ground.", count: 2100},
			{text: "Norway has 150 soldiers in Lithuania, and the Swedes about 400 in the same battalion.", count: 400, country: "SE"}},
		[]string{"France holds the northern zone with about 800 vehicles, whereas Portugal patrols the south with roughly 300.",
			"The plan authorises 3,200 jobs, but only about 2,100 are on the ground floor."}},
	// "staff officers", a whole noun of military staff, not "staff" alone
	// (a service noun) before "officers" (personnel data)
	{ruleTroopNoun,
		[]figureCase{{text: "Norway will hand over the headquarters in June and pull out its 45 staff officers.", count: 45, country: "NO"}},
		[]string{"The hospital has 45 staff officers on its payroll."}},
	// a corps whose noun names its one state holds the figure where no
	// other state is written: the Peshmerga are Iraq's (personnel HOME)
	{ruleTroopNoun,
		[]figureCase{{text: "Some 350 Peshmerga were sent to guard the oil field near Kirkuk on Tuesday.", count: 350, country: "IQ"}},
		[]string{"The Peshmerga guarded the oil field near Kirkuk on Tuesday."}},
	// two state words naming a people of one state living in another: the
	// state where they live (civic-demonym data)
	{ruleTroopNoun,
		[]figureCase{{text: "The Turkish Cypriot police number about 3,500 officers.", count: 3500, country: "CY"},
			{text: "About 200 Bosnian Croat police officers were sent to Mostar.", count: 200, country: "BA"},
			{text: "Nearly 600 Kosovo Serb police officers resigned from the force and were later redeployed.", count: 600, country: "XK"}},
		nil},
}

var fx21DeathRules = []figureRule{
	// a bare toll dated among the counts of one event: "the previous
	// toll", "the latest toll" (toll-stage data)
	{ruleDeathToll,
		[]figureCase{{text: "The earlier toll, given by the provincial governor on Sunday night, was 64.", count: 64},
			{text: "Flooding swept the valley. The latest toll stands at 212, officials said.", count: 212}},
		[]string{"The previous toll road charge was 12 dollars.",
			"The latest toll on the bridge is 9 euros per car."}},
	// "N were among (at least) M killed": the part and the whole with no
	// article before the whole
	{ruleDeathPass,
		[]figureCase{{text: "Health officials said 14 nurses were among at least 95 people killed in the shelling.", count: 14},
			{text: "Three journalists were among 60 people who died in the attack.", count: 3}},
		[]string{"Three journalists were among 60 people injured in the attack.",
			"Four doctors were among 300 people arrested at the protest."}},
	// an of-phrase with "all" or "both" after the victims ("aid workers of
	// all agencies")
	{ruleDeathPass,
		[]figureCase{{text: "A UN spokesman said 143 relief workers of all agencies had been killed in the region this year.", count: 143},
			{text: "Five members of both clans died in the feud.", count: 5}},
		[]string{"A UN spokesman said 143 relief workers of all agencies had been evacuated this year.",
			"Five members of both clans were elected to the council."}},
}

// fx21ParallelNegatives pair a sentence with a troop figure and a count
// that the parallel-elided rule must not read after it: a noun of its
// own, the hurt, a subject that is no state, a vote.
var fx21ParallelNegatives = []struct {
	text string
	not  int64
}{
	{"France holds the northern zone with about 800 soldiers, whereas Portugal patrols the south with 300 boats.", 300},
	{"The army sent 1,000 soldiers, but 40 are in hospital after the crash.", 40},
	{"The battalion has 600 soldiers, and the village has 400.", 400},
	{"Ghana sent 850 peacekeepers, while its parliament voted 120 to 40 against.", 120},
}

func TestFigureRulesFx21(t *testing.T) {
	ex := newTestExtractor(t)
	checkFigureRows(t, ex, fx21TroopRules, "troops")
	checkFigureRows(t, ex, fx21DeathRules, "deaths")
	for _, c := range fx21ParallelNegatives {
		for _, tr := range ex.Extract(c.text).Troops {
			if tr.Count == c.not {
				t.Errorf("troops rule %q: %q: want no %d, got %s", ruleTroopParallel, c.text, c.not, tr.Rule)
			}
		}
	}
}

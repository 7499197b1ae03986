package extract

import (
	"strings"
	"testing"
)

// fx72 rows: the shapes behind the misses and false figures of the blind
// round r37c (Africa), kept apart from the main tables so that parallel
// work merges cleanly.
var fx72TroopRules = []figureRule{
	// an estimate of a group's size spread "across" or "throughout"
	// places is its size, where no state is named before it
	// (estimatedSpread); a state's troops across a state, and a movement
	// across a border, stay
	{"",
		[]figureCase{{text: "Chad was ordered to send 3,000 soldiers across the border into Niger.", count: 3000, country: "TD"},
			{text: "Kenya is believed to have 3,000 soldiers across Somalia.", count: 3000, country: "KE"}},
		[]string{"The militia is thought to have 3,000 gunmen throughout Nigeria.",
			"The insurgents are estimated to number 4,000 to 5,000 men across Niger and Chad."}},
	// "a further", "an additional", "another" between a verb and its
	// figure: a verb of training or a modal sending on money still reads
	// (verbBeforeFigure)
	{"",
		[]figureCase{{text: "Kenya could send another 1,000 troops if the UN asks.", count: 1000, country: "KE"}},
		[]string{"Ghana could deploy an additional 800 soldiers if the money is found.",
			"Britain will train another 2,000 Ukrainian recruits this year."}},
	// an adverb of a participle that modifies the personnel noun
	{"",
		[]figureCase{{text: "Niger said 900 specially trained gendarmes had been sent to Tillaberi.", count: 900, country: "NE"}},
		[]string{"Some 60,000 newly trained recruits graduated last year."}},
	// trainees whom a relative clause deploys count
	// (deployedAfterTraining); trainees alone do not (trainedObject)
	{"",
		[]figureCase{{text: "Britain will train 2,000 Ukrainian soldiers, who will then be sent to the front.", count: 2000, country: "UA"}},
		[]string{"Britain will train 2,000 Ukrainian soldiers, who will then return home."}},
	// "a contingent of N" that a state hosts is the contingent of the
	// figure before (hostedContingentState); one it sends is its own
	{"",
		[]figureCase{{text: "About 1,000 French troops are based in Chad, while Niger hosts another contingent of 400.", count: 400, country: "FR"},
			{text: "About 1,000 French troops are based in Chad, and Niger has sent a contingent of 400.", count: 400, country: "NE"}},
		nil},
	// "bringing its force (in the country) to N": the sender's force
	// (broughtToTroops), not the host's
	{"",
		[]figureCase{{text: "Britain flew 200 more troops to Estonia's Tapa base, bringing its force in the country to 1,000.", count: 1000, country: "GB"}},
		nil},
}

var fx72DeathRules = []figureRule{
	// a full month's name and a full stop end a sentence: the number
	// after them opens the next one; an abbreviation's stop keeps a date
	{"",
		[]figureCase{{text: "Rebels took the town in March. Twelve villagers were killed in the fighting.", count: 12}},
		[]string{"The ceasefire began on Dec. 12 and has held."}},
	// the earlier figure of a revised toll told as reported before
	// (reportedEarlierAt)
	{"",
		[]figureCase{{text: "The death toll in the mine collapse climbed to 63, from 40 first announced by the governor.", count: 40}},
		[]string{"Attendance rose to 63, from 40 initially reported."}},
	// "were both killed": the victims before it are two, however a list
	// would add them (bothInPredicate)
	{"",
		[]figureCase{{text: "Two of the passengers, Maria Lopez, and a 12-year-old, identified as Sam, were both killed in the crash.", count: 2}},
		nil},
	{"",
		[]figureCase{{text: "Maria Lopez and her 2-year-old son were both found dead inside the house, police said.", count: 2}},
		nil},
	// "a combined N" after a verb of killing, as "a total of"
	{"",
		[]figureCase{{text: "The two bombings killed a combined 57 civilians.", count: 57}},
		[]string{"The twin blasts wounded a combined 57 people."}},
}

func TestFigureRulesFx72(t *testing.T) {
	ex := newTestExtractor(t)
	checkFigureRows(t, ex, fx72TroopRules, "troops")
	checkFigureRows(t, ex, fx72DeathRules, "deaths")
	// the list of three that "both" denies (bothInPredicate)
	for _, d := range ex.Extract("Two of the passengers, Maria Lopez, and a 12-year-old, identified as Sam, were both killed in the crash.").Deaths {
		if d.Count == 3 {
			t.Errorf("both killed: got a figure of 3")
		}
	}
}

// a title's apposition may end in where its holder lives
var fx72OfficialRules = []officialRuleCase{
	{rule: "abode-ends-title", text: "Moussa Kone, a former defence minister now based in Dakar, said the junta had failed.",
		name: "Moussa Kone", title: "former defence minister"},
	{rule: "abode-ends-title", text: "Amara Diallo, an opposition leader currently in hiding, said the vote was rigged.",
		name: "Amara Diallo", title: "opposition leader"},
	{rule: "abode-ends-title", text: "Jean Okello, a musician living in Paris, said he was sad.",
		absent: "Jean Okello"},
}

func TestFx72OfficialRules(t *testing.T) {
	checkOfficialRows(t, fx72OfficialRules)
}

// a demonym that needs context names a thing before some nouns
func TestCountriesFx72(t *testing.T) {
	ex := newTestExtractor(t)
	rows := []struct{ text, want string }{
		{"Hunters armed with Dane guns guarded the village.", ""},
		{"She sailed a Finn dinghy at the Olympics.", ""},
		{"A Dane living in Paris was arrested.", "DK FR"},
	}
	for _, r := range rows {
		var got []string
		for _, c := range ex.Extract(r.text).Countries {
			got = append(got, c.Code)
		}
		if g := strings.Join(got, " "); g != r.want {
			t.Errorf("%q: countries %q, want %q", r.text, g, r.want)
		}
	}
}

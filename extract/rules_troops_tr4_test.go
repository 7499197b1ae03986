package extract

import "testing"

// tr4 (session 37): residual misses of the older troop passage blocks.
var troopRulesTr4 = []figureRule{
	// "men" a soldier or a defence minister says "we" have somewhere, in a
	// quotation whose attribution names the state (quotedWeArmed)
	{"quoted-we-armed",
		[]figureCase{{text: `"We have 800 men on the ground and we need more," the Kenyan general said.`, count: 800, country: "KE"},
			{text: `"We have 300 men on that hill," the Armenian border commander told reporters.`, count: 300, country: "AM"},
			{text: `"We have 250 men in Mali, and they will stay," the Togolese defence minister said.`, count: 250, country: "TG"}},
		[]string{`"We have 300 men on that hill," the Armenian farm manager told reporters.`,
			`"We have 250 men in Mali," the Togolese labour minister said.`}},
	// the men of a deployed unit, where it serves (servesInUnit)
	{"of-unit-posted",
		[]figureCase{{text: "Poland now has 1,800 soldiers of the battlegroup in Romania.", count: 1800, country: "PL"}},
		[]string{"Nigeria has 200,000 soldiers of the regular army.", "Poland has 1,800 soldiers of the battlegroup."}},
	// a state's share posted in a place, resized (stateSharePosted)
	{"share-posted-resized",
		[]figureCase{{text: "Ministers cut the Dutch contribution in Lithuania from 600 to 450 last year.", count: 450, country: "NL"},
			{text: "Ministers cut the Dutch contribution in Lithuania from 600 to 450 last year.", count: 600, country: "NL"}},
		[]string{"Ministers cut the Dutch contribution to the fund from 600 to 450 last year."}},
	// a presence in a place resized from a weak personnel figure (resizedFrom)
	{"presence-lifted-from",
		[]figureCase{{text: "Wellington will lift its police presence in Apia from 40 officers to 70.", count: 40, country: "NZ"}},
		[]string{"The bank will lift its presence in Apia from 40 officers to 70."}},
	// a mission's force resized (missionsForceAt)
	{"mission-force-resized",
		[]figureCase{{text: "The mission's monitoring corps has grown to 80 from 50 last year.", count: 80}},
		[]string{"The Marine Corps has shrunk to 170,000 from 200,000.", "The mission's budget has shrunk to 45 from 130."}},
	// a tally noun's figure after "of" (tallyAfterTroops)
	{"pledges-of",
		[]figureCase{{text: "The AU sought 3,000 troops for the force but got offers of only 1,200.", count: 1200}},
		[]string{"The AU sought 3,000 trucks for the force but got offers of only 1,200."}},
	// the whole a part is of, told as a target (partOfTarget)
	{"part-of-target",
		[]figureCase{{text: "Juba has received 300 soldiers of the 1,000 pledged by Kigali.", count: 1000, country: "RW"},
			{text: "Kenya has sent 400 police officers of the 1,000 it pledged.", count: 1000, country: "KE"}},
		[]string{"Juba has received 300 tonnes of the 1,000 pledged by Kigali."}},
	// "to the N already" a place (besidesHeld)
	{"added-to-already",
		[]figureCase{{text: "NATO will add 300 soldiers to the 700 already in Pristina.", count: 700}},
		[]string{"The school will add 500 desks to the 1,100 already in the hall.", "The army sent letters to the 1,100 already in the program."}},
	// a verb of carrying with its particle before a bare number (ellipticalTroops)
	{"carried-in",
		[]figureCase{{text: "Poland will send about 200 troops, and Prague said it would fly in roughly 150.", count: 150, country: "CZ"}},
		[]string{"Poland will send about 200 trucks, and Prague said it would fly in roughly 150."}},
	// a share of a troop figure glossed in apposition (shareGlossTroops)
	{"share-gloss",
		[]figureCase{{text: "Paris is sending 3,000 more troops to Romania; about a third of them, some 1,000, are paratroopers.", count: 1000, country: "FR"}},
		[]string{"The firm hired 2,000 workers; roughly half of them, about 1,000, will be aboard ships."}},
	// a force resized in the infinitive of a sentence's subject
	// (plannedResizeSubject)
	{"planned-resize-subject",
		[]figureCase{{text: "Rome's plan to trim its battalion in Lebanon to 400 has angered the UN.", count: 400, country: "IT"}},
		[]string{"The decision to cut the tax to 50 angered voters.", "Rome's plan to trim its battalion in Lebanon to 40 tanks has angered the UN."}},
	// a change of two things at once, personnel second (pairedChangeTroops)
	{"paired-change",
		[]figureCase{{text: "The flotilla shrank from nine ships and 900 sailors to five ships and about 500 by June.", count: 500}},
		[]string{"The company grew from six shops and 1,200 workers to eleven shops and 2,500."}},
}

// troopAbsentTr4 are texts whose troop figure of the sentence stands, while
// the count given beside it is no figure.
var troopAbsentTr4 = []struct {
	text  string
	count int64
}{
	{"The AU sought 3,000 troops for the force but got offers of only 1,200 tents.", 1200},
	{"Kenya has sent 400 police officers of the 1,000 who applied.", 1000},
	{"Poland will send about 200 troops, and the airline said it would fly in roughly 150 passengers.", 150},
	{"The fleet grew from six ships and 1,200 sailors to eleven ships and 2,500 tanks.", 2500},
}

func TestTroopRulesTr4(t *testing.T) {
	ex := newTestExtractor(t)
	checkFigureRows(t, ex, troopRulesTr4, "troops")
	for _, r := range troopAbsentTr4 {
		for _, f := range ex.Extract(r.text).Troops {
			if f.Count == r.count {
				t.Errorf("%q: want no figure %d, got %+v", r.text, r.count, f)
			}
		}
	}
}

package extract

import "testing"

// fx100TroopRules hold the rows of the troop shapes fixed by fx100, kept
// apart from the main tables so that parallel work merges cleanly.
type fx100Neg struct {
	text  string
	count int64 // the count the shape must not read
}

type fx100Rule struct {
	pos []figureCase
	neg []fx100Neg
}

var fx100TroopRules = []fx100Rule{
	// a definite figure of personnel, perhaps with where they serve, as
	// the subject of a size verb: the figure after "to" is their new
	// number (figureSubjectBefore)
	{
		[]figureCase{{text: "Officials met on Monday. The 1,200 French soldiers in Mali will be reduced to 600 next year.", count: 600, country: "FR"},
			{text: "Officials met on Monday. London said the roughly 900 British troops still in Estonia are to be cut to about 500 by March.", count: 500, country: "GB"},
			{text: "Officials met on Monday. The 4,000 German soldiers in Lithuania will gradually be increased to 5,000.", count: 5000, country: "DE"}},
		[]fx100Neg{{"Officials met on Monday. The 2,500 American troops will see their budget cut to about 2,000 dollars a month.", 2000},
			{"Officials met on Monday. The 3,000 Kenyan police officers in Haiti said patrols had been cut to 20 a day.", 20},
			{"Officials met on Monday. Some 2,500 soldiers guard the border, where crossings were cut to about 2,000 a week.", 2000}}},
	// "N of them" closed by a phrase of simultaneity after a deployment
	// told earlier in the sentence (themGlossTroops, atOneTimeAfter)
	{
		[]figureCase{{text: "Officials met on Monday. Ghana has rotated about 2,000 soldiers through the mission since 2019, an army spokesman said, some 150 of them at any given time.", count: 150, country: "GH"},
			{text: "Officials met on Monday. Nepal has deployed 900 peacekeepers to the region, about 300 of them at any one time.", count: 300, country: "NP"},
			{text: "Officials met on Monday. Chad sent 1,200 soldiers to the border, some 400 of them at a time.", count: 400, country: "TD"}},
		[]fx100Neg{{"Officials met on Monday. The hospital has treated 1,800 patients since 2023, some 140 of them at any given time.", 140},
			{"Officials met on Monday. The army bought 1,200 trucks since 2023, an army spokesman said, some 400 of them at any given time.", 400}}},
	// the future of a troop figure told by "there will be" and a bare
	// number closing its clause (thereWillBeTroops)
	{
		[]figureCase{{text: "Officials met on Monday. \"We have 2,800 members of the Guard in Sonora today, and next week there will be 3,300,\" the minister said.", count: 3300, country: "MX"},
			{text: "Officials met on Monday. Poland has 1,500 soldiers on the border now, and by June there would be about 4,000.", count: 4000, country: "PL"}},
		[]fx100Neg{{"Officials met on Monday. \"We have 2,800 members of the Guard in Sonora today, and next week there will be 3,300 ballots,\" the minister said.", 3300},
			{"Officials met on Monday. Some 500 soldiers guard the town, where there will be 40 days of talks.", 40},
			{"Officials met on Monday. There will be 300, the organisers of the concert said.", 300}}},
	// "a figure of N" cited after personnel a verb of sending deployed
	// without a number (citedFigureOf, words_troops.tsv figure-cite-verb)
	{
		[]figureCase{{text: "Officials met on Monday. Azerbaijan could send several hundred soldiers to Gaza, diplomats said, and Baku had mentioned a figure of 400.", count: 400, country: "AZ"},
			{text: "Officials met on Monday. Poland could send a few hundred troops to the mission, and officials have floated a figure of 300.", count: 300, country: "PL"},
			{text: "Officials met on Monday. Chile will deploy some soldiers to the north; the minister gave a figure of about 250.", count: 250, country: "CL"}},
		[]fx100Neg{{"Officials met on Monday. The war killed thousands of people, and officials mentioned a figure of 400.", 400},
			{"Officials met on Monday. Azerbaijan could send several hundred soldiers to Gaza, and Baku had mentioned a figure of 400 trucks.", 400},
			{"Officials met on Monday. Poland could send troops to the mission, and the budget cited a figure of 300 million.", 300}}},
	// "out of the N that ... authorised" after a figure of a weak noun
	// read in the same sentence: the noun is that figure's, the state too
	// unless a council or all contributors set the target (shortOfTroops,
	// wholeMissionTarget)
	{
		[]figureCase{{text: "Officials met on Monday. Nairobi now has close to 1,000 officers in Haiti, out of the roughly 2,500 that the council authorised.", count: 2500, country: ""},
			{text: "Officials met on Monday. Kenya now has 1,000 soldiers in Haiti, out of the 2,500 the UN authorised from all contributors.", count: 2500, country: ""},
			{text: "Officials met on Monday. Kenya now has 400 soldiers in Haiti, short of the 600 it promised.", count: 600, country: "KE"},
			{text: "Officials met on Monday. Kigali now has about 600 police officers in the country, out of the 1,400 the mission planned.", count: 1400, country: anyState}},
		[]fx100Neg{{"Officials met on Monday. The city paid its 1,000 officers a bonus, out of the 2,500 dollars that the council authorised.", 2500},
			{"Officials met on Monday. The police have 1,000 officers in the city, out of a population of 2,500,000.", 2500000}}},
}

// anyState marks a row whose state this table does not test: the state
// of a whole mission's target is left to the rules of state.
const anyState = "*"

// TestFigureRulesFx100Troops checks each positive row's figure and each
// negative row's lack of a figure at the count of the shape; the other
// figures of a row are other rules'.
func TestFigureRulesFx100Troops(t *testing.T) {
	ex := newTestExtractor(t)
	for _, r := range fx100TroopRules {
		for _, c := range r.pos {
			res := ex.Extract(c.text)
			if !fx100HasCount(res, c) {
				t.Errorf("%q: want %d %s, got %s", c.text, c.count, c.country, describeFigures(res, "troops"))
			}
		}
		for _, nc := range r.neg {
			res := ex.Extract(nc.text)
			if fx100HasCount(res, figureCase{count: nc.count, country: anyState}) {
				t.Errorf("%q: want no %d, got %s", nc.text, nc.count, describeFigures(res, "troops"))
			}
		}
	}
}

func fx100HasCount(res *Result, c figureCase) bool {
	for _, tr := range res.Troops {
		if tr.Count == c.count && (c.country == anyState || tr.Country == c.country) {
			return true
		}
	}
	return false
}

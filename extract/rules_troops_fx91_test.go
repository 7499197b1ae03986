package extract

import "testing"

// fx91TroopRules hold the rows of the troop shapes fixed by fx91 (the
// blind r40c round: police and Guard at home).
var fx91TroopRules = []figureRule{
	// a police figure per shift before its duty (perShiftEnd)
	{"",
		[]figureCase{{text: "West Midlands Police said 1,800 officers a day would be on duty during the Commonwealth Games.", count: 1800, country: "GB"},
			{text: "Police said 900 officers each night would patrol the city centre over the festive period.", count: 900}},
		[]string{"Police said 900 officers a day would be needed to cover the shortfall."}},
	// officers a force puts along or across a place (spreadOverAt)
	{"",
		[]figureCase{{text: "The chief said the department would put 2,200 officers along the marathon route on Sunday.", count: 2200},
			{text: "Police placed 400 officers across the city centre before the derby.", count: 400}},
		[]string{"The pension cuts put 300 officers at risk of early retirement, the union said.",
			"The chief said the department would put 20 officers along the fence."}},
	// the part after a fronted whole of weak personnel read as a figure
	// (ofTheFronted, ofTheFrontedFigure)
	{"",
		[]figureCase{{text: "Of the 1,600 officers on duty at the festival, about 400 will come from other forces under mutual aid, police said.", count: 400},
			{text: "Of the 1,600 officers on duty at the festival, about 400 will come from other forces under mutual aid, police said.", count: 1600}},
		nil},
}

// fx91PartOfSent: a bare part of a bare whole sent, after personnel
// named earlier in the sentence (partOfSentTroops); a whole of things,
// or a part that died, is none.
var fx91PartOfSent = []figureRule{
	{"",
		[]figureCase{{text: "The army pulled most of its soldiers out of the valley, and officials said 300 of the 2,000 deployed last year remain.", count: 300},
			{text: "The army pulled most of its soldiers out of the valley, and officials said 300 of the 2,000 deployed last year remain.", count: 2000}},
		[]string{"The charity said its volunteers had delivered food; 300 of the 2,000 parcels sent in June were lost.",
			"Soldiers were sent in; 40 of the 300 deployed were killed."}},
}

// fx91TroopNegatives: a toll's earlier level is no troop figure, though
// a police body is named in its sentence (tollToldIn).
var fx91TroopNegatives = []figureRule{
	{"", nil,
		[]string{"The state's road toll stood at 190 on Friday, according to Victoria Police figures, up from 176 a year earlier."}},
}

func TestFx91TroopRules(t *testing.T) {
	ex := newTestExtractor(t)
	checkFigureRows(t, ex, fx91TroopRules, "troops")
	checkFigureRows(t, ex, fx91TroopNegatives, "troops")
	checkFigureRows(t, ex, fx91PartOfSent, "troops")
}

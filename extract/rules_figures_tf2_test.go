package extract

import "testing"

// tf2TroopRules hold the rows of the troop shapes fixed by tf2 (session
// 27), kept apart from the main tables so that parallel work merges
// cleanly; each row is checked as TestFigureRules checks its own.
var tf2TroopRules = []figureRule{
	// a formation "of N" that a state or an armed body sends, with no
	// personnel noun after the number
	{ruleTroopForce,
		[]figureCase{{text: "Niger dispatched a company of 180 to the border town.", count: 180, country: "NE"},
			{text: "Portugal's national guard sent a rapid intervention group of 90 to the port.", count: 90, country: "PT"},
			{text: "Madrid rotates a marine unit of about 250 through the mission every six months.", count: 250, country: "ES"}},
		[]string{"The conglomerate bought a company of 180 to expand.", "Niger sent a group of 90 to the Olympic Games.", "The school sent a group of 40 to the museum."}},
	// a British regiment or territorial police force named as the sender:
	// its adjective or place names no other state
	{ruleTroopNoun,
		[]figureCase{{text: "The Scots Guards will send 300 soldiers to Estonia next spring.", count: 300, country: "GB"},
			{text: "A company of the Welsh Guards, about 120 soldiers, flew to Kenya for training.", count: 120, country: "GB"},
			{text: "South Yorkshire Police drafted in 250 officers from neighbouring forces for the match.", count: 250, country: "GB"}},
		[]string{"Merseyside Police arrested 40 fans after the match.", "The Irish Guards band played for 300 guests at the castle."}},
	// a force resized "to N" weak personnel: its presence doubled, or
	// "down to N" in apposition to it
	{ruleTroopNoun,
		[]figureCase{{text: "The Moroccan gendarmerie doubled its presence along the northern beaches to 600 officers.", count: 600, country: "MA"},
			{text: "Jordan tripled its deployment at the crossing to 450 officers.", count: 450, country: "JO"},
			{text: "The Senegalese police unit in Mali, down to 140 officers, will leave in June.", count: 140, country: "SN"}},
		[]string{"The bank doubled its presence in Asia to 900 officers.", "The board, down to five officers after the resignations, met on Monday."}},
	// "its <force> in <place>" resized: the owner that acts, not the host
	{ruleTroopNumber,
		[]figureCase{{text: "Madrid will send 40 more civil guards to train Mauritanian police, taking its mission in Nouakchott to 110.", count: 110, country: "ES"},
			{text: "Ankara said it would raise its garrison in Cyprus to 40,000.", count: 40000, country: "TR"}},
		[]string{"Madrid said its mission in Nouakchott would take 110 days."}},
	// personnel "from" an armed body, their number in apposition
	{ruleTroopTotal,
		[]figureCase{{text: "Officers from the Uzbek border service, 300 in all, were sent to the crossing.", count: 300, country: "UZ"},
			{text: "Medics from the Nepali army, 60 in all, flew to the camp.", count: 60, country: "NP"}},
		[]string{"Fans from the Kyrgyz football club, 450 in all, travelled to Osh.", "Officers from the Uzbek chess federation, 30 in all, met in Tashkent."}},
	// a relative clause that puts a size on the personnel it follows
	{ruleTroopTheirCount,
		[]figureCase{{text: "Niamey said the Turkish military advisers, whom it put at about 300, would leave by June.", count: 300, country: "TR"},
			{text: "The ministry said the Chadian soldiers, which it estimated at 1,200, had crossed the river.", count: 1200, country: "TD"}},
		[]string{"The club said the Turkish fans, whom it put at about 300, would leave by bus.", "The firm said the engineers, whom it put at 40, had finished."}},
	// "all N" in quotation marks, its personnel after the closing mark
	{ruleTroopOf,
		[]figureCase{{text: "Tbilisi said it had withdrawn \"all 120\" of its police officers from the mission.", count: 120, country: "GE"},
			{text: "Kenya said it would withdraw \"all 500\" of its soldiers by June.", count: 500, country: "KE"}},
		[]string{"The coach said \"all 300\" of the tickets had sold.", "Kenya said \"all 500\" of its schools had reopened."}},
}

func TestFigureRulesTf2(t *testing.T) {
	ex := newTestExtractor(t)
	checkFigureRows(t, ex, tf2TroopRules, "troops")
}

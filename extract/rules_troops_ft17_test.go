package extract

import "testing"

// ft17TroopRules hold the rows of the troop shapes fixed by ft17 (session
// 29, the blind r29k block), kept apart from the main tables so that
// parallel work merges cleanly.
var ft17TroopRules = []figureRule{
	// a deployment counted after a host "expelled French forces" is the
	// expelled state's, not the host's
	{ruleTroopNoun,
		[]figureCase{{text: "Niger expelled French forces in 2023, ending a deployment that had numbered 1,500 soldiers.", count: 1500, country: "FR"},
			{text: "Mali ousted the French troops last year, ending a mission of 2,400 soldiers.", count: 2400, country: "FR"},
			{text: "Niger expelled French forces in 2023 and deployed 1,500 soldiers to the border.", count: 1500, country: "NE"}},
		[]string{"Niger expelled French diplomats in 2023, ending a partnership that had lasted 60 years."}},
	// "The detachment" opening a sentence takes up the state whose forces
	// the sentence before named, not the paragraph's first sender
	{ruleTroopNoun,
		[]figureCase{{text: "New Zealand is sending 40 personnel, the minister said. France's armed forces in New Caledonia have also dispatched a patrol vessel. The detachment, about 60 sailors and soldiers, is due in Port Vila on Thursday.", count: 60, country: "FR"},
			{text: "Kenya is sending 400 police officers. The Spanish forces have dispatched a frigate. The contingent, about 120 sailors, will arrive on Monday.", count: 120, country: "ES"},
			{text: "New Zealand is sending 40 personnel, the minister said. Relief agencies have also dispatched a ship. The detachment, about 60 sailors and soldiers, is due in Port Vila on Thursday.", count: 60, country: "NZ"}},
		[]string{"France's armed forces have dispatched a patrol vessel. The detachment is due in Port Vila on Thursday."}},
	// the state where (or by which) personnel trained is not their sender
	{ruleTroopNoun,
		[]figureCase{{text: "The army said 300 soldiers who were trained in France were deployed to the north.", count: 300},
			{text: "The government deployed 300 soldiers trained in France to the north.", count: 300},
			{text: "France deployed 300 soldiers trained in Mali to the north.", count: 300, country: "FR"}},
		[]string{"The 300 cadets trained in France will graduate on Friday."}},
}

func TestFt17TroopRules(t *testing.T) {
	ex := newTestExtractor(t)
	checkFigureRows(t, ex, ft17TroopRules, "troops")
}

package extract

import "testing"

// ht1TroopRules hold the rows of the troop shapes fixed by ht1 (session
// 34, held-out troop misses), kept apart from the main tables so that
// parallel work merges cleanly.
var ht1TroopRules = []figureRule{
	// a target the clause of a troop figure goes on to reach
	// (troops_targetfigure.go)
	{ruleTroopTarget,
		[]figureCase{{text: "Chad said it had sent 4,000 soldiers to the lake region and aimed to reach 6,000 by June.", count: 6000, country: "TD"},
			{text: "Ghana will deploy 300 police officers at first, and rising to 700 if the mission is extended.", count: 700, country: "GH"},
			{text: "Peru has 250 soldiers on the border and plans to raise that to 900 next month.", count: 900, country: "PE"},
			{text: "Uruguay has deployed 400 peacekeepers to the Congo and has pledged to have 850 there by the end of the year.", count: 850, country: "UY"},
			{text: "Norway will contribute a further 200 sailors to the task force, raising it to about 2,000, a spokesman said.", count: 2000, country: "NO"}},
		[]string{"Officials said the crowd grew to 20,000 by noon.",
			"The company sent 250 engineers and hopes to reach 900 villages by June.",
			"The bank hired 400 staff and aims to reach 2,000 by 2027."}},
	// "that" standing for the figure of the sentence before
	// (demonstrativeSubject)
	{ruleTroopNumber,
		[]figureCase{{text: "The mission currently has 80 military observers in the capital. That will rise to 150 by March.", count: 150},
			{text: "Tonga keeps 60 soldiers in the Solomon Islands. Under the new plan, this is expected to reach 90 next year.", count: 90, country: "TO"}},
		[]string{"The bank has 80 branches in the capital. That will rise to 150 by March."}},
	// a bare number that stays, leaves or is somewhere, after personnel
	// told just before (troops_staysubject.go)
	{ruleTroopStaySubject,
		[]figureCase{{text: "Britain has about 900 troops in Estonia. Fewer than 600 will remain after the spring.", count: 600, country: "GB"},
			{text: "Kenya sent 1,000 police officers to Haiti last year. A spokesman said roughly 400 would be home by Christmas.", count: 400, country: "KE"},
			{text: "Moscow denies sending soldiers to the enclave. Western officials believe at least 2,000 are in the area.", count: 2000, country: "RU"},
			{text: "In Mali, where some 1,500 French troops were based last year, fewer than 300 now remain, the ministry said.", count: 300, country: "FR"},
			{text: "Italy deployed 700 soldiers to Niger in 2024. Around 250 are currently stationed at the airport.", count: 250, country: "IT"}},
		[]string{"Soldiers fired on protesters in the square. Officials said 2,000 were in the crowd.",
			"The army sent soldiers to the valley. Around 40 remain in hospital.",
			"The army sent soldiers to the valley. The mayor said 300 would vote by noon."}},
	// weak personnel on duty where a police or armed body deploys them
	// (troops_policeduty.go); a service's own personnel sent by it
	// (troops_servicesent.go); a state's share after a mission's figure
	// (troops_stateshare.go); holders whose personnel are spread, committed
	// or at relief work; casualty words of water, burial and condition,
	// and casualties denied
	{ruleTroopNoun,
		[]figureCase{{text: "Police in Lyon said 900 officers would be on duty for the derby.", count: 900, country: "FR"},
			{text: "About 1,500 officers will patrol the city centre on New Year's Eve, the police said.", count: 1500},
			{text: "The chief constable said 600 officers would police the march.", count: 600},
			{text: "The navy sent 18 divers to the flooded mine.", count: 18},
			{text: "The air force flew 25 technicians to the base on Monday.", count: 25},
			{text: "EUFOR has about 1,100 troops. Austria has about 300 soldiers.", count: 300, country: "AT"},
			{text: "Washington has about 30,000 troops spread across bases in the Gulf.", count: 30000, country: "US"},
			{text: "With its frigate, Norway will have about 160 service members committed to the operation.", count: 160, country: "NO"},
			{text: "The Czech army had 600 soldiers filling sandbags along the river on Monday.", count: 600, country: "CZ"},
			{text: "The outgoing battalion, whose 700 soldiers fly home next week, lost no personnel on its tour.", count: 700},
			{text: "Spain has 650 troops serving with UNIFIL and has taken in 200,000 refugees.", count: 650, country: "ES"}},
		[]string{"The hospital said 40 officers were on duty at the time of the fire.",
			"Police said 15 officers were on duty when the gunman opened fire.",
			"The company said 30 security officers would be on duty at the concert.",
			"The hospital sent 40 specialists to the town.",
			"Japan sent 30 experts to help with the cleanup.",
			"The bank has 4,000 employees. Austria has about 300 soldiers.",
			"The hospital has 300 staff helping patients.",
			"Two police officers drowned when their boat capsized during a chase.",
			"The regiment buried 12 soldiers on Friday.",
			"The four soldiers were in a stable condition, the minister said.",
			"Twelve soldiers were taken in an ambush near the border."}},
	// a deployed presence's size, no army's (deployed-unit "presence")
	{ruleTroopTotal,
		[]figureCase{{text: "The carrier adds to a US military presence in the region that already numbers about 30,000 troops.", count: 30000, country: "US"}},
		[]string{"The Egyptian army numbers about 300,000 soldiers."}},
	// an intake of conscripts, however read (troops_draftintake.go)
	{ruleTroopNumber,
		[]figureCase{{text: "Kyiv will send 2,000 conscripts to the front, up from 1,500 last month.", count: 1500, country: "UA"}},
		[]string{"Sweden will call up 9,000 conscripts next year, up from 7,000 in 2025.",
			"Conscripts numbering 18,000 will be called up in the spring.",
			"Latvia plans to increase the number of conscripts it trains each year to 4,000 by 2028."}},
	// personnel where they serve that "total" a number (personnel-total)
	{ruleTroopContingent,
		[]figureCase{{text: "Rwandan troops in Mozambique now total about 4,000.", count: 4000, country: "RW"}},
		[]string{"The votes in the district total 2,000."}},
	// personnel already in place that a deployment joins
	// (troops_joinedheld.go)
	{ruleTroopAddedTo,
		[]figureCase{{text: "Kenya flew in 300 police officers, reinforcing about 400 still on the ground.", count: 400, country: "KE"},
			{text: "Mexico sent 1,500 soldiers to Sonora, joining some 6,000 already in the state.", count: 6000, country: "MX"}},
		[]string{"Thousands of fans flew in, joining some 9,000 already in the city."}},
	// the state of a figure's own clause in a list of contributors, a
	// frame's government, the expelled force's, the hirer that a pronoun
	// stands for, the state whose armed forces foreign fighters serve in;
	// a frontier's adjective reports nothing (troops_clauseholder.go,
	// troops_expelled.go, troops_servesinforce.go)
	{ruleTroopNoun,
		[]figureCase{{text: "Rwanda remains the largest contributor, with 900 soldiers, followed by Nepal with 450 soldiers.", count: 450, country: "NP"},
			{text: "Fiji has about 70 troops in the mission, Tonga's defence force has 30 soldiers, and Samoa sent 12 police officers last month.", count: 30, country: "TO"},
			{text: "In Niger, where thousands of Malian refugees have arrived, the government said it had deployed 800 soldiers to the border.", count: 800, country: "NE"},
			{text: "Chad ordered out France's special forces in 2024, ending a presence of about 1,000 soldiers at the base.", count: 1000, country: "FR"},
			{text: "Russia keeps 1,500 soldiers at the base, along with an estimated 2,000 Syrian fighters it recruited last year.", count: 2000, country: "RU"},
			{text: "Some 2,000 foreign fighters from Africa who now serve in Russia's armed forces were moved to the front.", count: 2000, country: "RU"},
			{text: "The plan includes the deployment of some 12,000 troops along the Russian border, Helsinki said.", count: 12000, country: "FI"}},
		[]string{"Rwanda remains the largest coffee exporter, followed by Nepal with 450 tonnes.",
			"Chad ordered out France's ambassador in 2024, ending a presence of 60 years.",
			"About 3,000 volunteers who now serve in Britain's health service were honoured."}},
	// a state's share of a force told by "N of the force"
	// (troops_shareofforce.go)
	{ruleTroopShareOf,
		[]figureCase{{text: "The mission will shrink next year. Senegal provides about 700 of the current contingent, officials said.", count: 700, country: "SN"},
			{text: "Ghana makes up about 500 of the battalion.", count: 500, country: "GH"}},
		[]string{"Ghana provides about 500 of the mission's vehicles.",
			"The bank provides 500 of the loans."}},
	// a part of a deployment told two sentences before ("An initial group
	// of 150"); a year after "of" is no force's size
	{ruleTroopForce,
		[]figureCase{{text: "Idaho's governor ordered 300 members of the state's National Guard to the border. The Guard members will staff checkpoints. An initial group of 120 is expected in Boise by Friday.", count: 120, country: "US"}},
		[]string{"The bank hired 400 officers last year. The staff will work in branches. A first group of 150 is expected in Boise by Friday.",
			"\"The armed forces are not the army of 2019,\" he said."}},
	// personnel whose clause cares for casualties ("helped carry the
	// injured"); a size put on personnel in a relative clause that ends
	// the sentence
	{ruleTroopNoun,
		[]figureCase{{text: "Thirty soldiers from a nearby base helped carry the injured to the road.", count: 30}},
		[]string{"Twelve soldiers were among the dead.", "Six soldiers were buried with the dead."}},
	{ruleTroopTheirCount,
		[]figureCase{{text: "Mali has since hosted Russian military instructors, whom diplomats put at about 800.", count: 800, country: "RU"}},
		[]string{"Mali has since hosted Russian tourists, whom officials put at about 800."}},
	// a part of a figure dispatched ("including some 3,000 dispatched");
	// a further number past an aside before its verb; the crews of
	// warships told in the sentence before
	{ruleTroopServingAs,
		[]figureCase{{text: "Officials said Minsk had sent about 5,000 troops to the border since May, including some 1,000 dispatched this month as engineers.", count: 1000, country: "BY"}},
		[]string{"The company said it had shipped 5,000 parcels since May, including some 1,000 dispatched this month."}},
	{ruleTroopContinued,
		[]figureCase{{text: "About 500 soldiers will replace the Danish contingent in Estonia in March. A further 900, drawn mainly from a brigade in the north, will be placed under NATO command.", count: 900, country: "DK"}},
		[]string{"About 500 tickets were sold in March. A further 900, drawn mainly from a lottery, will be given away."}},
	{ruleTroopContingent,
		[]figureCase{{text: "Tallinn is sending two patrol craft to the task force. Their crews together number about 50.", count: 50, country: "EE"}},
		[]string{"The company is sending two ferries. Their crews together number about 70."}},
	// a casualty word in a relative clause on the force is no toll of the
	// figure
	{ruleTroopNumber,
		[]figureCase{{text: "The Tongan contingent, which lost two soldiers in an ambush last year, was cut to 190.", count: 190, country: "TO"}},
		[]string{"The attack killed two soldiers and cut the convoy to 190."}},
	// an international body's own figure is no state's, nor the home
	// state's (intlBodyHas); a part of it "of whom"; engineers a state
	// pledged in a relative clause with "that"; service nouns joined to a
	// strong one
	{ruleTroopNoun,
		[]figureCase{{text: "NATO has 40,000 troops on its eastern flank. Poland has about 200,000 soldiers.", count: 40000},
			{text: "The 200 engineers that Oslo pledged will arrive in March.", count: 200, country: "NO"},
			{text: "A Navy hospital ship with 600 medical staff and sailors aboard reached the port on Friday.", count: 600}},
		[]string{"The 300 engineers that the utility hired will arrive in March.",
			"The hospital has 300 staff and volunteers."}},
	{ruleTroopContinued,
		[]figureCase{{text: "KFOR has about 4,500 troops, of whom some 700 are Italian.", count: 700}},
		[]string{"The club has about 4,500 members, of whom some 700 are Italian."}},
	// ", where STATE ..." opens a clause of its own; ", and VERB" shares the
	// subject of the clause before (troops_clauseholder.go)
	{ruleTroopNoun,
		[]figureCase{{text: "The reef, which Vietnam also claims, lies 90 kilometres south of Vietnam and 60 kilometres west of Palawan, where the Philippines opened a naval base in 2024 with about 400 troops.", count: 400, country: "PH"},
			{text: "Lithuania hosts several allies. France is building up a battlegroup near Tapa, north of Tartu, and expects some 1,200 soldiers to be stationed there by 2028.", count: 1200, country: "FR"}},
		[]string{"The reef lies 90 kilometres south of Vietnam, where the government opened a museum in 2024 with about 400 exhibits."}},
}

func TestFigureRulesHt1(t *testing.T) {
	ex := newTestExtractor(t)
	checkFigureRows(t, ex, ht1TroopRules, "troops")
}

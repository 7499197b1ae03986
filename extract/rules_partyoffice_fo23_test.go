package extract

import "testing"

// fo23OfficialRules: a party's own offices (critics, shadow ministers,
// whips, candidates, its leader and spokespeople) are no state's and take
// the party as organization; a legislator's seat, a state's office held by
// a party's member, stays the state's.
var fo23OfficialRules = []officialRuleCase{
	// party-office words: critics and candidates of a party are the party's
	{rule: "party-office-word", text: "Conservative justice critic Rachel Dufour said her party would support the bill in Ottawa, Canada.",
		name: "Rachel Dufour", country: "-", org: "Conservative Party of Canada"},
	{rule: "party-office-word", text: "The AfD's lead candidate, Rainer Kessler, said his party had won in Germany.",
		name: "Rainer Kessler", country: "-", org: "AfD"},
	// negative: a state's office held by a party's member
	{rule: "party-office-word", text: "Republican President Donald Trump said the vote in America was fair.",
		name: "Donald Trump", country: "US"},
	{rule: "party-office-word", text: "Prime Minister Keir Starmer, the party's leader, said the British plan would work.",
		name: "Keir Starmer", country: "GB"},
	// seatHeld: a party officer the text also gives a seat keeps the state
	{rule: "seat-held", text: "Liberal health critic Farid Osei, the MPP for Ottawa South, said the cap in Ontario would push nurses out.",
		name: "Farid Osei", country: "CA"},
	{rule: "seat-held", text: "Sinn Fein's health spokesman, Padraig Duibhir, a TD for Limerick City, said the Irish government had failed.",
		name: "Padraig Duibhir", country: "IE"},
	{rule: "seat-held", text: "Labour MP Jane Smith said the plan in Britain was wrong.",
		name: "Jane Smith", country: "GB"},
	// negative: no seat, the party's own office
	{rule: "seat-held", text: "Conservative leader Kemi Badenoch said the plan in London was wrong.",
		name: "Kemi Badenoch", country: "-", org: "Conservative Party"},
	// saidParty: a shadow minister speaking for the party the clause opens with
	{rule: "said-party", text: "The shadow defence secretary, James Hill, said the Conservatives supported the British deployment.",
		name: "James Hill", country: "-", org: "Conservative Party"},
	// no party opens the clause: no party, and no state either, since a
	// shadow minister's office is the opposition's (shadowOffice, fo27)
	{rule: "said-party", text: "The shadow environment secretary, Niall Pettigrew, said the government had cut budgets in Britain.",
		name: "Niall Pettigrew", country: "-", org: "-"},
	// negative: no shadow, the state's Treasurer
	{rule: "said-party", text: "Treasurer Jim Chalmers said the Conservatives would examine the plan in Australia.",
		name: "Jim Chalmers", country: "AU"},
	// partyAfterComma: ", of the <adjective> People's Party,"
	{rule: "party-after-comma", text: "Opposition leader Fernando Ibarra, of the conservative People's Party, called the Spanish deal a ransom.",
		name: "Fernando Ibarra", country: "-", org: "People's Party"},
	{rule: "party-after-comma", text: "Opposition leader Raila Odinga said the Kenyan authorities had ignored warnings.",
		name: "Raila Odinga", country: "KE"},
	// itsParty: "Its leader" after a subject the apposition calls a party
	{rule: "its-party", text: "The liberal NEOS, the third party in the talks, said it would not attend in Austria. Its leader, Katharina Moos, has made cutting the deficit a condition.",
		name: "Katharina Moos", country: "-", org: "NEOS"},
	{rule: "its-party", text: "The Green-Labour alliance, the second-largest group, offered to enter Dutch talks. Its parliamentary leader, Sanne Graaf, said the collapse was predictable.",
		name: "Sanne Graaf", country: "-", org: "Green-Labour alliance"},
	{rule: "its-party", text: "The city council, the largest in the region, voted in Austria. Its leader, Katharina Moos, has made cutting the deficit a condition.",
		name: "Katharina Moos", country: "AT"},
	{rule: "its-party", text: "Ghana, the largest cocoa producer, said it would not attend. Its president, John Mahama, has made cutting the deficit a condition.",
		name: "John Mahama", country: "GH"},
	// acronymParty: an unknown acronym before a party-only office, spelled
	// out by a party named before
	{rule: "acronym-party", text: "The move followed pressure from Gabungan Parti Sarawak, a part of the Malaysian coalition. GPS chief whip Henry Jugah told reporters the party would not write a blank cheque.",
		name: "Henry Jugah", country: "-", org: "Gabungan Parti Sarawak"},
	{rule: "acronym-party", text: "Opposition chief whip Jane Wanjiru said the Kenyan bill was wrong.",
		name: "Jane Wanjiru", country: "KE"},
	// partyNameOpensTitle: a party's name before a unit's or portfolio's office
	{rule: "party-name-title", text: "BJP State president Suresh Gopal said the Left government in Kerala, India was doing politics.",
		name: "Suresh Gopal", country: "-", org: "BJP"},
	{rule: "party-name-title", text: "Bersatu information chief Wan Hafiz said the government in Malaysia was making it up.",
		name: "Wan Hafiz", country: "-", org: "Bersatu"},
	{rule: "party-name-title", text: "ANC President Cyril Ramaphosa said the vote in South Africa was fair.",
		name: "Cyril Ramaphosa", country: "ZA"},
	// partyOfficeHead: "secretary general" is a secretary's office
	{rule: "secretary-general", text: "The PF rejected the Zambian result. Party secretary general Raphael Nkandu said his agents had been chased.",
		name: "Raphael Nkandu", country: "-"},
	{rule: "secretary-general", text: "Republican Attorney General Ken Paxton said the Texas vote was fair.",
		name: "Ken Paxton", country: "US"},
	// frameParty: a party's possessive before a bare party-only office
	{rule: "frame-party", text: "At the AfD's headquarters in the capital, co-leader Birgit Hamann accused the other German parties.",
		name: "Birgit Hamann", country: "-", org: "AfD"},
	{rule: "frame-party", text: "At the Bundestag in the capital, co-leader Birgit Hamann accused the other German parties.",
		name: "Birgit Hamann", country: "DE"},
	// stateUnitAcronym: an unknown acronym before a party office of its state unit
	{rule: "state-unit-acronym", text: "But APC state publicity secretary Ahmad Tijjani Gwale said the party would go to court in Kano, Nigeria.",
		name: "Ahmad Tijjani Gwale", country: "-", org: "APC"},
	{rule: "state-unit-acronym", text: "CPI(M) State secretary M.V. Balakrishnan said the vote in Kerala, India showed unity.",
		name: "M.V. Balakrishnan", country: "-", org: "CPI(M)"},
	{rule: "state-unit-acronym", text: "US state secretary Jane Roe said the talks went well.",
		name: "Jane Roe", country: "US"},
}

func TestFo23OfficialRules(t *testing.T) { checkOfficialRows(t, fo23OfficialRules) }

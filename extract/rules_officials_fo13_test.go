package extract

import "testing"

// fo13OfficialRules hold the rows of the officials fixed by fo13 (r29f
// blind round: South Asia and the Horn of Africa), kept apart from
// officialRules so that parallel work merges cleanly.
var fo13OfficialRules = []officialRuleCase{
	// "the Congress's state unit chief": a party's own office, no state's
	{rule: "party-owned-chief", text: "IMPHAL, India (Reuters) - Violence flared in Manipur. The opposition Congress party accused the ruling coalition of mishandling the crisis. Okram Surjit, the Congress's state unit chief, told reporters the talks had failed.",
		name: "Okram Surjit", country: "-", org: "Congress Party"},
	{rule: "party-owned-chief", text: "IMPHAL, India (Reuters) - Violence flared in Manipur. The opposition Congress party accused the ruling coalition of mishandling the crisis. Okram Surjit, the state's police chief, told reporters the talks had failed.",
		name: "Okram Surjit", country: "IN"},
	// "an embassy spokesman": the state of the embassy named before
	{rule: "post-owner-state", text: "KATHMANDU (Reuters) - A bus plunged into a river in Nepal. India's embassy in Kathmandu set up a helpline. \"We are in close touch with the Nepali authorities,\" an embassy spokesman, Anurag Verma, said in a statement.",
		name: "Anurag Verma", country: "IN"},
	{rule: "post-owner-state", text: "KATHMANDU (Reuters) - A bus plunged into a river in Nepal. India's government in Delhi set up a helpline. \"We are in close touch with the Nepali authorities,\" a police spokesman, Anurag Verma, said in a statement.",
		name: "Anurag Verma", country: "NP"},
	// a bare minister's title takes its ministry's state named before over
	// a state further along its own sentence
	{rule: "ministry-before-far-state", text: "MOGADISHU, Jan 18 (Reuters) - The first Egyptian troops arrived on Saturday, Somalia's defence ministry said.\nAbout 1,100 Egyptian soldiers landed at the airport aboard military transport planes and would be posted to two regions, Defence Minister Hassan Ali Warsame told a news conference.",
		name: "Hassan Ali Warsame", country: "SO"},
	{rule: "ministry-before-far-state", text: "MOGADISHU, Jan 18 (Reuters) - The first Egyptian troops arrived on Saturday, Somalia's foreign ministry said.\nAbout 1,100 Egyptian soldiers landed at the airport aboard military transport planes and would be posted to two regions, Defence Minister Hassan Ali Warsame told a news conference.",
		name: "Hassan Ali Warsame", country: "EG"},
	// "The utility, K-Electric, said ... Its spokesperson, NAME,": the body
	// set off by commas after its type noun
	{rule: "its-apposed-body", text: "KARACHI, Pakistan (Reuters) - A heatwave killed 142 people in Pakistan. The utility, K-Electric, said in a statement that demand had hit a record. Its spokesperson, Sadia Rehman, said the company was doing its best.",
		name: "Sadia Rehman", country: "-", org: "K-Electric"},
	{rule: "its-apposed-body", text: "KARACHI, Pakistan (Reuters) - A heatwave killed 142 people in Pakistan. The province, Sindh, said in a statement that demand had hit a record. Its spokesperson, Sadia Rehman, said the company was doing its best.",
		name: "Sadia Rehman", org: "-"},
	{rule: "of-name-back", text: "WINNIPEG (Reuters) - Premier Anjali Sethi Brandt said the town of Flin Flon had been fully evacuated. The town's mayor, Colleen Marsh Dufresne, said residents had been sent to Winnipeg.",
		name: "Colleen Marsh Dufresne", country: "CA", org: "-"},
	// a one-word body's name set off by commas between a title and the
	// holder's fuller name: the body's, no person's
	{rule: "body-name-aside", text: "DHAKA, Bangladesh (Reuters) - A building collapsed in Dhaka. The chairman of the capital's development authority, Rajuk, Abul Kalam Siddiqui, said the building had been marked as risky.",
		name: "Abul Kalam Siddiqui", title: "chairman", country: "BD", absent: "Rajuk"},
	{rule: "body-name-aside", text: "DHAKA, Bangladesh (Reuters) - A building collapsed in Dhaka. The chairman of the capital's development authority, Rajuk Hossain, said the building had been marked as risky.",
		name: "Rajuk Hossain", title: "chairman", country: "BD"},
	// a title owned through "'s" by an officer of a body that is no state's
	{rule: "holder-owner-body", text: "MOGADISHU, Jan 18 (Reuters) - Egyptian troops arrived in Somalia. The AU Commission chairperson's special representative for Somalia, Fatima Ndiaye-Kone, said the new troops would help.",
		name: "Fatima Ndiaye-Kone", country: "-", org: "African Union Commission"},
	{rule: "holder-owner-body", text: "MOGADISHU, Jan 18 (Reuters) - Egyptian troops arrived in Somalia. The Somali president's special representative for Jubaland, Fatima Ndiaye-Kone, said the new troops would help.",
		name: "Fatima Ndiaye-Kone", country: "SO", org: "-"},
	// "the board's president" after "the board of NAME": that body's
	{rule: "of-name-back", text: "COLOMBO, Feb 20 (Reuters) - Sri Lanka's Court of Appeal on Thursday reinstated the elected board of Sri Lanka Cricket. The board's president, Mahesh Dissanayake, 58, said the ruling vindicated its members.",
		name: "Mahesh Dissanayake", country: "-", org: "Sri Lanka Cricket"},
	{rule: "of-name-back", text: "COLOMBO, Feb 20 (Reuters) - Sri Lanka's Court of Appeal on Thursday reinstated the elected board of Sri Lanka Cricket. The judge ruled. The minister had not given the board a chance. The minister spoke. He left. He came back. The minister dismissed the board last month. He spoke. He left. He came. The board's president, Mahesh Dissanayake, 58, said the ruling vindicated its members.",
		name: "Mahesh Dissanayake", country: "-", org: "Sri Lanka Cricket"},
	{rule: "of-name-back", text: "COLOMBO, Feb 20 (Reuters) - Sri Lanka's Court of Appeal on Thursday reinstated the elected board of Sri Lanka. The board's president, Mahesh Dissanayake, 58, said the ruling vindicated its members.",
		name: "Mahesh Dissanayake", org: "-"},
	// "the chief district officer of Dhading": a place's officer, no body's
	{rule: "place-unit-title", text: "KATHMANDU, Aug 12 (Reuters) - A bus plunged into a river in central Nepal on Monday, killing 23 people, said Dhruba Prasad Adhikari, the chief district officer of Dhading.",
		name: "Dhruba Prasad Adhikari", country: "NP", org: "-"},
	{rule: "place-unit-title", text: "KATHMANDU, Aug 12 (Reuters) - A bus plunged into a river in central Nepal on Monday, killing 23 people, said Dhruba Prasad Adhikari, the chief executive officer of Dhading.",
		name: "Dhruba Prasad Adhikari", org: "Dhading"},
	// "The cocoa board's chief executive" after "the Ghana Cocoa Board":
	// the state that opens the name the lower-case words repeat
	{rule: "modified-owner-back", text: "ACCRA, Nov 5 (Reuters) - Gold revenues jumped, and the Ghana Cocoa Board expects output to recover. The cocoa board's chief executive, Yaw Boateng Owusu, said new payment arrangements would help.",
		name: "Yaw Boateng Owusu", country: "GH"},
	{rule: "modified-owner-back", text: "ACCRA, Nov 5 (Reuters) - Gold revenues jumped, and the Ashanti Cocoa Board expects output to recover. The cocoa board's chief executive, Yaw Boateng Owusu, said new payment arrangements would help.",
		name: "Yaw Boateng Owusu", country: "-"},
	// "head of the Mbour fishermen's association": a town's name before its
	// members' body
	{rule: "people-owner-body", text: "MBOUR, Senegal, Dec 4 (AFP) - A boat capsized off Mbour. \"Now we come back with buckets,\" said Modou Faye, head of the Mbour fishermen's association.",
		name: "Modou Faye", title: "head", country: "-", org: "Mbour fishermen's association"},
	{rule: "people-owner-body", text: "MBOUR, Senegal, Dec 4 (AFP) - A boat capsized off Mbour. \"Now we come back with buckets,\" said Modou Faye, head of the Mbour fishermen's boats.",
		absent: "Modou Faye"},
	// "a spokesman for the dissident front" after "the Carlos Patiño front"
	{rule: "group-noun-back", text: "BOGOTA (Reuters) - Nine soldiers were killed when fighters of the Carlos Patiño front detonated explosives under a truck in Colombia. In a message posted online, Andrés Camilo Yatacué, who describes himself as a spokesman for the dissident front, said the group had acted in self-defence.",
		name: "Andrés Camilo Yatacué", country: "-", org: "Carlos Patiño front"},
	{rule: "group-noun-back", text: "BOGOTA (Reuters) - Nine soldiers were killed when fighters detonated explosives under a truck in Colombia. In a message posted online, Andrés Camilo Yatacué, a spokesman for the army, said the group had acted in self-defence.",
		name: "Andrés Camilo Yatacué", country: "CO"},
	// a gazetteer party's name inside a longer capitalised party name
	{rule: "inner-party-name", text: "ASTANA (Reuters) - Kazakhstan's parliament debated the bill. A deputy from the opposition-leaning Nationwide Social Democratic Party, Aigul Temirkhanova, said the bill should wait.",
		name: "Aigul Temirkhanova", country: "KZ", org: "-"},
	{rule: "inner-party-name", text: "ASTANA (Reuters) - Kazakhstan's parliament debated the bill. A deputy from the opposition-leaning Democratic Party, Aigul Temirkhanova, said the bill should wait.",
		name: "Aigul Temirkhanova", org: "Democratic Party"},
	// "The shadow National Unity Government ... Its acting president": the
	// rival government's, no state's
	{rule: "its-rival-government", text: "BANGKOK (Reuters) - An air strike hit a monastery in Myanmar. The shadow National Unity Government, set up by lawmakers ousted in the 2021 coup, said the toll had risen to 26. Its acting president, Duwa Lashi Ngwe, called on the United Nations to act.",
		name: "Duwa Lashi Ngwe", country: "-", org: "National Unity Government"},
	{rule: "its-rival-government", text: "BANGKOK (Reuters) - An air strike hit a monastery in Myanmar. The new Transitional Unity Government, set up by lawmakers after the 2021 vote, said the toll had risen to 26. Its acting president, Duwa Lashi Ngwe, called on the United Nations to act.",
		name: "Duwa Lashi Ngwe", org: "-"},
	// "a spokesman for the Kuki-Zo Council" after "the Kuki-Zo community":
	// the community's council, no state's
	{rule: "community-body", text: "IMPHAL, India (Reuters) - Violence between the Meitei majority and the largely Christian Kuki-Zo community has killed 260 people. Thangminlen Haokip, a spokesman for the Kuki-Zo Council, said the community did not trust the police.",
		name: "Thangminlen Haokip", country: "-", org: "Kuki-Zo Council"},
	{rule: "community-body", text: "IMPHAL, India (Reuters) - Violence in Manipur has killed 260 people. Thangminlen Haokip, a spokesman for the Manipur Council, said the community did not trust the police.",
		name: "Thangminlen Haokip", country: "IN"},
}

func TestFo13OfficialRules(t *testing.T) {
	checkOfficialRows(t, fo13OfficialRules)
}

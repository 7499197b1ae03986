package extract

import "testing"

// of4OfficialRules hold the rows of the official shapes fixed by of4: the
// owner of a title named elsewhere than next to it.
var of4OfficialRules = []officialRuleCase{
	// a rank after a definite title with an owner noun is the owner's, and
	// the owner noun refers back to a body named with its state; with no
	// such body the context's state stays
	{rule: "rank-owner-back", text: "Warships sailed towards Taiwan on Monday, Taiwan's defence ministry said. The drills were run by Japan's Western Army Command. Taiwan's coast guard shadowed the ships. The command's spokeswoman, Colonel Aiko Mori, said ships were tracked near Taiwan.",
		name: "Aiko Mori", country: "JP", org: "-"},
	{rule: "rank-owner-back", text: "Taiwanese officials said warships sailed towards Taiwan on Monday in an exercise run by the Japanese Western Army Command. Taiwan's coast guard shadowed the ships. The command's spokeswoman, Colonel Aiko Mori, said ships were tracked near Taiwan.",
		name: "Aiko Mori", country: "JP", org: "-"},
	{rule: "rank-owner-back", text: "Taiwan said warships had sailed near its coast in drills the Chinese Southern Fleet Command held. Taiwan's coast guard shadowed the ships. The fleet's spokesman, Captain Liu Wen, said the drills were routine.",
		name: "Liu Wen", country: "CN", org: "-"},
	{rule: "rank-owner-back", text: "Warships sailed towards Taiwan on Monday. The command's spokeswoman, Colonel Lin Mei, said ships were tracked near the island.",
		name: "Lin Mei", country: "TW"},
	// a rank whose apposition serves a body the text named before with its
	// state takes that state; a body never so named leaves the context's
	{rule: "apposed-body-back", text: "The last American soldiers left the base in Iraq, US Central Command said. Washington praised the Iraqi Counter Terrorism Service. Brigadier Ali Hassan, a spokesman for the Counter Terrorism Service, said the Americans had trained his men.",
		name: "Ali Hassan", country: "IQ"},
	{rule: "apposed-body-back", text: "American forces left the base, the Pentagon said, while Iraq's Counter Terrorism Service took over. Brigadier Ali Hassan, head of the Counter Terrorism Service, said the Americans had trained his men.",
		name: "Ali Hassan", country: "IQ"},
	{rule: "apposed-body-back", text: "Seoul said North Korean troops had crossed into Russia. Colonel Park Min-ho, a spokesman for the Joint Staff, said the troops were poorly fed.",
		name: "Park Min-ho", country: "KR"},
	// an unlisted committee for emergencies or civil defence is a state's
	// body, of the story's state; a committee for a cause is not
	{rule: "state-duty-committee", text: "Floods hit southern Kyrgyzstan. Colonel Azamat Bekov, head of the Committee for Emergency Response, said 12 people had died.",
		name: "Azamat Bekov", country: "KG", org: "-"},
	{rule: "state-duty-committee", text: "Floods hit southern Kyrgyzstan. Azamat Bekov, head of the Committee of Civil Protection, said 12 people had died.",
		name: "Azamat Bekov", country: "KG", org: "-"},
	{rule: "state-duty-committee", text: "Floods hit southern Kyrgyzstan. Azamat Bekov, head of the Committee for Refugee Rights, said 12 people had died.",
		name: "Azamat Bekov", country: "-", org: "Committee for Refugee Rights"},
	// "NAME, its TITLE," opening a sentence is the title of the body the
	// sentence before names, as "Its TITLE, NAME," is; with no body found
	// the apposition is left unread
	{rule: "its-after-name", text: "Protests spread in Georgia. The Tbilisi Rights Centre said it had counted 40 arrests. Nino Beridze, its legal director, said more were likely.",
		name: "Nino Beridze", title: "legal director", country: "-", org: "Tbilisi Rights Centre"},
	{rule: "its-after-name", text: "Protests spread in Georgia. Lawyers at the Tbilisi Rights Centre said they had counted 40 arrests. Nino Beridze, its legal director, said more were likely.",
		name: "Nino Beridze", title: "legal director", country: "-", org: "Tbilisi Rights Centre"},
	{rule: "its-after-name", text: "Protests spread in Georgia. Volunteers of the Tbilisi Rights Centre said they had counted 40 arrests. Its legal director, Nino Beridze, said more were likely.",
		name: "Nino Beridze", title: "legal director", country: "-", org: "Tbilisi Rights Centre"},
	{rule: "its-after-name", text: "Protests spread in Georgia. Police in the Tbilisi district said they had counted 40 arrests. Its police chief, Giorgi Beridze, said more were likely.",
		name: "Giorgi Beridze", country: "GE"},
	{rule: "its-after-name", text: "Officials in the German state of Bavaria opposed the move. Markus Weber, its minister for economic affairs, said jobs would go.",
		absent: "Markus Weber"},
}

func TestOf4OfficialRules(t *testing.T) {
	checkOfficialRows(t, of4OfficialRules)
}

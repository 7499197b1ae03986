package extract

import "testing"

// fx43: a lower-case "opposition leader" named with no party keeps the
// state of the story (chamberSide), as "Opposition leader NAME" does; a
// state's national office written with its state keeps it beside a role
// of an international body the person also holds (ownStateOffice).
func TestOfficialsFx43(t *testing.T) {
	checkOfficialRows(t, []officialRuleCase{
		{rule: "chamber-side", text: "PORT VILA (AP) — Vanuatu's parliament sat late. The opposition leader, Ralph Tamata Kaluat, accused the government of stalling.",
			name: "Ralph Tamata Kaluat", title: "opposition leader", country: "VU"},
		{rule: "chamber-side", text: "SUVA (Reuters) - Fiji's budget passed on Friday. Losana Vuki Ratu, the opposition leader, said it favoured the capital.",
			name: "Losana Vuki Ratu", title: "opposition leader", country: "FJ"},
		{rule: "chamber-side", text: "Kenya's parliament sat late. Wanjiru Kamau Njeri, the main opposition leader, said the vote was rushed.",
			name: "Wanjiru Kamau Njeri", country: "KE"},
		{rule: "chamber-side", text: "Ghana's parliament reopened on Monday. The opposition spokesman, Kofi Adjei Mensah, said the budget was late.",
			name: "Kofi Adjei Mensah", country: "-"},
		{rule: "chamber-side", text: "Ghana's parliament reopened on Monday. The opposition party's leader, Kofi Adjei Mensah, said the budget was late.",
			name: "Kofi Adjei Mensah", country: "-"},
		{rule: "chamber-side", text: "Ghana's parliament reopened on Monday. The opposition coalition's leader, Kofi Adjei Mensah, said the budget was late.",
			name: "Kofi Adjei Mensah", country: "-"},
		{rule: "own-state-office", text: "Indonesian President Hadi Prasetyo, who chairs the Association of Southeast Asian Nations, called for a ceasefire.",
			name: "Hadi Prasetyo", title: "President", country: "ID", org: "-"},
		{rule: "own-state-office", text: "Zambian President Mwila Banda, whose country chairs SADC, flew to Maputo.",
			name: "Mwila Banda", country: "ZM", org: "-"},
		{rule: "own-state-office", text: "Nigerian Foreign Minister Ada Okafor, the current ECOWAS chair, urged calm.",
			name: "Ada Okafor", country: "NG", org: "-"},
		{rule: "own-state-office", text: "Former Irish President Nora Keane, the UN envoy for the region, urged calm.",
			name: "Nora Keane", country: "-", org: "UN"},
		{rule: "own-state-office", text: "Lao diplomat Somphone Vongsa, who heads the ASEAN secretariat, urged calm.",
			name: "Somphone Vongsa", country: "-", org: "ASEAN"},
	})
}

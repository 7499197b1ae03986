package extract

import "testing"

// TestOfficialRulesSM8 covers an owner noun that describing words come
// before in an apposition ("NAME, the island nation's envoy":
// describedOwnerAfter), a state's word hyphened to an origin word that
// owns no title ("Norway's Moroccan-born interior minister":
// originCompound) and a bare title after two states named together as
// often as each other, which keeps no state (jointStatesOpen).
func TestOfficialRulesSM8(t *testing.T) {
	checkOfficialRows(t, []officialRuleCase{
		// an owner noun described before "'s" owns the title as a bare one does
		{rule: "sm8-described-owner", text: "Sri Lanka rejected the plan on Monday. Anita Perera, the island nation's envoy, said talks would go on.",
			name: "Anita Perera", title: "envoy", country: "LK", outRule: ruleApposition},
		{rule: "sm8-described-owner", text: "Qatar rejected the plan on Monday. Omar Saleh, the Gulf state's foreign minister, said talks would go on.",
			name: "Omar Saleh", title: "foreign minister", country: "QA", outRule: ruleApposition},
		{rule: "sm8-described-owner", text: "Ghana lifted the ban on Monday. Kojo Mensah, the state-owned company's chief executive, said exports would resume.",
			name: "Kojo Mensah", title: "chief executive", country: "-"},
		// a state's word before the owner owns the title itself
		{rule: "sm8-described-owner", text: "Selim Arda, the Turkish army's chief of staff, said the drill had ended.",
			name: "Selim Arda", country: "TR"},
		// no role after the described owner: no official
		{rule: "sm8-described-owner", text: "Sri Lanka rejected the plan on Monday. Anita Perera, the island nation's best-known singer, said talks would go on.",
			absent: "Anita Perera"},
		// an origin word after a state's word and a hyphen gives no state
		{rule: "sm8-origin-compound", text: "Morocco rejected the plan on Monday. Norway's Moroccan-born interior minister, Tomas Lind, said talks would go on.",
			name: "Tomas Lind", title: "interior minister", country: "NO"},
		{rule: "sm8-origin-compound", text: "Morocco rejected the plan on Monday. Tomas Lind, Norway's Moroccan-born interior minister, said talks would go on.",
			name: "Tomas Lind", title: "interior minister", country: "NO", outRule: ruleApposition},
		{rule: "sm8-origin-compound", text: "Talks stalled on Monday. Ahmad Rahimi, a US-trained Afghan commander, said the road was open.",
			name: "Ahmad Rahimi", country: "AF"},
		// a state's adjective alone still owns the title
		{rule: "sm8-origin-compound", text: "Talks stalled on Monday. Tomas Lind, the Moroccan interior minister, said talks would go on.",
			name: "Tomas Lind", country: "MA"},
		{rule: "sm8-origin-compound", text: "Talks stalled on Monday. Moroccan Interior Minister Tomas Lind said talks would go on.",
			name: "Tomas Lind", country: "MA"},
		// two states named together, as often as each other: a bare title is either's
		{rule: "sm8-joint-states", text: "Turkey and Greece held talks on Monday. Foreign Minister Selim Arda said the plan was dead.",
			name: "Selim Arda", title: "Foreign Minister", country: "-"},
		{rule: "sm8-joint-states", text: "Kenyan and Ugandan officials met on Monday. Defence Minister Grace Wanjiru said the border would stay open.",
			name: "Grace Wanjiru", title: "Defence Minister", country: "-"},
		// one state without the office leaves the other's plain
		{rule: "sm8-joint-states", text: "Jordan and Egypt held talks on Monday. President Omar Saleh said the plan was dead.",
			name: "Omar Saleh", country: "EG"},
		// a state named again tips the story to it
		{rule: "sm8-joint-states", text: "Turkey and Greece held talks on Monday. Turkey wants the dispute settled. Foreign Minister Selim Arda said the plan was dead.",
			name: "Selim Arda", country: "TR"},
		// a place in the title's own sentence is read as before
		{rule: "sm8-joint-states", text: "Turkey and Greece held talks on Monday. In Ankara, Foreign Minister Selim Arda said the plan was dead.",
			name: "Selim Arda", country: "TR"},
	})
}

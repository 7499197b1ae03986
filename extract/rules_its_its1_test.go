package extract

import "testing"

// itsAntecedentRows pin the antecedent resolver (itsAntecedentOf): what
// "its" before the title of the named official stands for, and the
// reading that decided; kind itsNone where no reading may claim it.
var itsAntecedentRows = []struct {
	text, name string
	kind       itsKind
	evidence   string
}{
	{"Dock workers in Poland walked out on Monday. The dockworkers' union was unimpressed by the offer. Its general secretary, Marta Kowalczyk, said the strike would go on.", "Marta Kowalczyk", itsNonState, "typed-body"},
	{"Dock workers in Poland walked out on Monday. The ministry was unimpressed by the strike. Its spokesman, Tomasz Nowicki, said talks would resume.", "Tomasz Nowicki", itsNone, ""},
	{"Norway's energy regulator, Fjordkraft Tilsyn, has opened an inquiry into prices. Its chief executive, Ingrid Solberg, said the review would take months.", "Ingrid Solberg", itsStateBody, "state-owned-body"},
	{"Norway's biggest shipping firm, Fjordline Cargo, has opened an inquiry into the spill. Its chief executive, Ingrid Solberg, said the review would take months.", "Ingrid Solberg", itsNone, ""},
	{"Fighting continued in eastern Congo on Sunday. The regional force sent by the southern bloc, known as SADCFOR, has 2,500 soldiers in the area. Its commander, Major General Peter Mwale, said the troops would stay.", "Peter Mwale", itsForce, "multinational-force"},
	{"Congo's army said on Sunday that it had retaken the town. The army deployed 2,500 soldiers in the area. Its commander, Major General Peter Mwale, said the troops would stay.", "Peter Mwale", itsNone, ""},
	{"Prices rose in Germany again. The airline's works council said it would fight the job cuts. Its head, Jonas Weber, said staff would not accept the plan.", "Jonas Weber", itsNonState, "staff-body"},
	{"Power cuts hit Ghana again. The utility, Volta Light, said in a statement that repairs were under way. Its spokesperson, Ama Boateng, said supply would return by night.", "Ama Boateng", itsNonState, "apposed-body"},
	{"Power cuts hit Ghana again. The ministry, which runs the grid, said in a statement that repairs were under way. Its spokesperson, Ama Boateng, said supply would return by night.", "Ama Boateng", itsNone, ""},
	{"Miners in Chile went on strike. The pit belongs to Punta Gris, a small operator that sells copper to the state smelter. Its director, Luis Ortega, said output had stopped.", "Luis Ortega", itsNonState, "described-body"},
	{"The exiled Council of Free Ruritania said it would take part in the talks in Myanmar. Its acting president, Min Thu Aung, said the vote was a sham.", "Min Thu Aung", itsRivalGov, "rival-government"},
	{"The military government said it would hold the vote in Myanmar next year. Its acting president, Min Thu Aung, said the vote would be fair.", "Min Thu Aung", itsNone, ""},
	{"Kenya, whose police lead the mission in Haiti, sent its interior minister, Kipchumba Murkomen, to the talks.", "Kipchumba Murkomen", itsState, "subject-of-its"},
	{"Elections are due in Spain in May. Ana Ruiz said she would run the party's campaign on housing. Its secretary general, Pedro Lima, said the race was open.", "Pedro Lima", itsNonState, "body-after-person"},
	{"Elections are due in Spain in May. Ana Ruiz said she would run the ministry's campaign on housing. Its secretary general, Pedro Lima, said the race was open.", "Pedro Lima", itsNone, ""},
}

func TestItsAntecedentOf(t *testing.T) {
	lx, err := loadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range itsAntecedentRows {
		d := newDoc(c.text)
		a := &analysis{lx: lx, d: d, placesAndBodies: findPlacesAndBodies(new(analysis), lx, d)}
		a.peopleAndRoles = findPeopleAndRoles(new(analysis), lx, d, a.placesAndBodies, nil)
		found := false
		for _, p := range a.people {
			if p.name != c.name || p.role == nil {
				continue
			}
			found = true
			got := a.itsAntecedentOf(a.rankAfterTitle(p.role))
			if got.kind != c.kind || got.evidence != c.evidence {
				t.Errorf("%q: antecedent %q by %q, want %q by %q", c.text, got.kind, got.evidence, c.kind, c.evidence)
			}
		}
		if !found {
			t.Errorf("%q: no role for %q", c.text, c.name)
		}
	}
}

// itsOwnerRows pin what the resolved antecedent gives the official
// (itsOwner): a body no state holds leaves the country empty, a state's
// body or a state gives the state.
var itsOwnerRows = []officialRuleCase{
	{rule: "its-antecedent-owner", text: itsAntecedentRows[0].text, name: "Marta Kowalczyk", country: "-", org: "-"},
	{rule: "its-antecedent-owner", text: itsAntecedentRows[1].text, name: "Tomasz Nowicki", country: "PL", org: "-"},
	{rule: "its-antecedent-owner", text: itsAntecedentRows[2].text, name: "Ingrid Solberg", country: "NO", org: "-"},
	{rule: "its-antecedent-owner", text: itsAntecedentRows[4].text, name: "Peter Mwale", country: "-", org: "SADCFOR"},
	{rule: "its-antecedent-owner", text: itsAntecedentRows[5].text, name: "Peter Mwale", country: "CD", org: "-"},
	{rule: "its-antecedent-owner", text: itsAntecedentRows[6].text, name: "Jonas Weber", country: "-", org: "works council"},
	{rule: "its-antecedent-owner", text: itsAntecedentRows[7].text, name: "Ama Boateng", country: "-", org: "Volta Light"},
	{rule: "its-antecedent-owner", text: itsAntecedentRows[8].text, name: "Ama Boateng", country: "GH", org: "-"},
	{rule: "its-antecedent-owner", text: itsAntecedentRows[9].text, name: "Luis Ortega", country: "-", org: "Punta Gris"},
	{rule: "its-antecedent-owner", text: itsAntecedentRows[10].text, name: "Min Thu Aung", country: "-", org: "Council of Free Ruritania"},
	{rule: "its-antecedent-owner", text: itsAntecedentRows[11].text, name: "Min Thu Aung", country: "MM", org: "-"},
	{rule: "its-antecedent-owner", text: itsAntecedentRows[12].text, name: "Kipchumba Murkomen", country: "KE", org: "-"},
	{rule: "its-antecedent-owner", text: itsAntecedentRows[13].text, name: "Pedro Lima", country: "-", org: "-"},
	{rule: "its-antecedent-owner", text: itsAntecedentRows[14].text, name: "Pedro Lima", country: "ES", org: "-"},
}

func TestItsOwnerRows(t *testing.T) { checkOfficialRows(t, itsOwnerRows) }

package extract

// bodyPartOffices are nouns of a body's part that "of" ties to the body
// (words_people.tsv body-part-office): "office", "branch".
var bodyPartOffices = wordList("body-part-office")

// bodyPartReach is how many tokens a role verb's object may run before
// its part noun, and the body's phrase after "of" before the body's name.
const bodyPartReach = 6

// bodyOfObjectPart returns the body of the gazetteer that owns the part
// a role verb's object at j names: "who heads the Garoua office of the UN
// refugee agency UNHCR", "who runs the regional branch of the WFP". The
// place that names the part is where it is, not whose. A state's agency
// or a party gives none, nor does a part of an unlisted body ("the Garoua
// office of the health ministry").
func (a *analysis) bodyOfObjectPart(j int) (org, bool) {
	toks := a.d.toks
	if j >= len(toks) || toks[j].lower != "the" {
		return org{}, false
	}
	for k := j + 1; k+1 < len(toks) && k <= j+bodyPartReach && toks[k].kind == tWord; k++ {
		if toks[k].cap || !bodyPartOffices.hasToken(&toks[k]) || toks[k+1].lower != "of" {
			continue
		}
		for n := k + 2; n < len(toks) && n <= k+2+bodyPartReach && toks[n].kind == tWord; n++ {
			if g, ok := a.orgAtTok(n); ok {
				o := a.lx.orgs[g.org]
				return o, o.Kind != "agency" && o.Kind != "party"
			}
		}
		return org{}, false
	}
	return org{}, false
}

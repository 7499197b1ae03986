package extract

// apposedForceReach is how many tokens of an apposition after a name are
// read for the force it names.
const apposedForceReach = 12

// apposedForceState returns the state of the force that the apposition
// after a rank's holder names: "Colonel NAME, director of public
// relations at the Ghana Armed Forces," serves Ghana's forces, whatever
// state the story is set in (a Ghanaian battalion in Lebanon). The
// apposition ends at a comma, a full stop, a quotation mark or another
// person; it opens with an article or a role word. "" when it names no
// force with its state.
func (a *analysis) apposedForceState(r *role) string {
	toks := a.d.toks
	if r.rule != ruleTitleBefore || r.at >= len(toks) || a.personAt[r.at] < 0 {
		return ""
	}
	if g, _ := a.bodyGroup(r); g != "rank" {
		return ""
	}
	lim := a.mentions[a.personAt[r.at]].lim
	if lim+1 >= len(toks) || toks[lim].text != "," || !a.appositionOpens(lim+1) {
		return "" // "Colonel NAME, told the agency that Kyrgyz forces fired": no apposition
	}
	for k := lim + 1; k < len(toks) && k <= lim+apposedForceReach; k++ {
		t := toks[k]
		if t.text == "," || t.text == "." || t.kind == tQuote || a.personAt[k] >= 0 {
			return ""
		}
		if c := a.spelledForceAt(k); c != "" {
			return c // "Brigadier NAME, the GDF's Chief of Staff," after "the Guyana Defence Force"
		}
		if a.bodyKindAt(k) == "military" {
			if c := a.bodyState(k); c != "" {
				return c
			}
		}
	}
	return ""
}

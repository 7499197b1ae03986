package extract

// armedRunNouns are the bodies of government an armed group or de facto
// authority runs in place of a state: "the Houthi-run health ministry",
// "the Taliban's disaster ministry", "the Taliban government's spokesman".
var armedRunNouns = closedSet("ministry", "government", "administration", "authorities")

// armedRunVerbs join an armed group to the body it runs: "Houthi-run".
var armedRunVerbs = closedSet("run", "controlled", "led")

// armedRunOffices gives a state's office that the text says an armed group
// runs to that group, with no state (the settled policy: de facto
// governments are null with the body): "health ministry spokesman NAME"
// after "the Houthi-run health ministry said", "the ministry's
// spokesman, NAME," after "the Taliban's disaster management ministry",
// "The Taliban government's chief spokesman, NAME,". Offices of the same
// state the group does not run keep it.
func (a *analysis) armedRunOffices() {
	for _, p := range a.people {
		r := p.role
		if r == nil || r.country == "" || r.org != "" || r.titleLo < 0 || r.titleHi > len(a.d.toks) {
			continue
		}
		if body := a.armedRunOwner(r); body != "" {
			r.country, r.org, r.orgKind, r.nonState = "", body, "armed", true
		}
	}
}

// armedRunOwner returns the armed group that runs the body r's title or
// owner noun names, or "".
func (a *analysis) armedRunOwner(r *role) string {
	toks := a.d.toks
	if o := r.owner; o >= 0 && o < len(toks) && !toks[o].cap && armedRunNouns.hasToken(&toks[o]) {
		if body := a.armedOwnerOf(o); body != "" {
			return body // "The Taliban government's chief spokesman"
		}
		if toks[o].lower == "ministry" {
			return a.armedOwnerOf(a.ministryNamedBefore(o)) // "the ministry's spokesman" after the group's ministry
		}
	}
	for k := r.titleLo; k < r.titleHi; k++ {
		if toks[k].lower != "ministry" || toks[k].cap {
			continue
		}
		var mods []string
		for j := r.titleLo; j < k; j++ {
			mods = append(mods, toks[j].lower)
		}
		return a.armedOwnerOf(a.lastLowerBefore(r.titleLo, "ministry", mods)) // "health ministry spokesman"
	}
	return a.armedRunPlaceAfter(r)
}

// armedRunPlaceAfter returns the armed group that controls the place
// where the role's body sits, written after the title before the next
// comma: "spokesman for the health ministry in the Houthi-controlled
// capital" speaks for the group's ministry; else "".
func (a *analysis) armedRunPlaceAfter(r *role) string {
	toks := a.d.toks
	in := false
	for k := r.titleHi; k < len(toks) && k < r.titleHi+12 && toks[k].text != "," && toks[k].sent == toks[r.titleLo].sent; k++ {
		if toks[k].lower == "in" {
			in = true
		}
		if !in {
			continue
		}
		if _, ok := a.patronOrg(k); ok && a.orgAt[k] >= 0 {
			return a.lx.orgs[a.orgs[a.orgAt[k]].org].Name // "Houthi-controlled"
		}
	}
	return ""
}

// lastLowerBefore is the last token before lim written w in lower case and
// preceded by the words mods, or -1.
func (a *analysis) lastLowerBefore(lim int, w string, mods []string) int {
	toks := a.d.toks
next:
	for m := lim - 1; m >= len(mods); m-- {
		if toks[m].lower != w || toks[m].cap {
			continue
		}
		for i := range mods {
			if toks[m-len(mods)+i].lower != mods[i] {
				continue next
			}
		}
		return m
	}
	return -1
}

// armedOwnerOf returns the armed group that owns the body whose noun is at
// m, past up to four lower-case modifiers: "the Taliban's disaster
// management ministry", "the Houthi-run health ministry", "the Taliban
// government"; else "".
func (a *analysis) armedOwnerOf(m int) string {
	toks := a.d.toks
	if m < 1 {
		return ""
	}
	for j, n := m-1, 0; j >= 0 && n <= 4; j, n = j-1, n+1 {
		if o, ok := a.orgAtTok(j); ok && o.lim == j+1 && a.lx.orgs[o.org].Kind == "armed" {
			return a.lx.orgs[o.org].Name // "the Taliban government"
		}
		t := &toks[j]
		if t.lower == "'s" || armedRunVerbs.hasToken(t) && j >= 2 && toks[j-1].text == "-" {
			if t.lower != "'s" {
				j--
			}
			if o, ok := a.orgAtTok(j - 1); ok && a.lx.orgs[o.org].Kind == "armed" {
				return a.lx.orgs[o.org].Name
			}
			return ""
		}
		if t.kind != tWord || t.cap || t.lower == "the" {
			return ""
		}
	}
	return ""
}

// ministryNamedBefore is the last "ministry" before lim written with more
// than "the" before it: "the ministry counted" refers back to "the
// Taliban's disaster ministry said" before it; -1 if none.
func (a *analysis) ministryNamedBefore(lim int) int {
	toks := a.d.toks
	for m := a.lastLowerBefore(lim, "ministry", nil); m > 0; m = a.lastLowerBefore(m, "ministry", nil) {
		if toks[m-1].lower != "the" {
			return m
		}
	}
	return -1
}

package extract

// "The force's spokesman, Colonel NAME," after "the Rwanda Defence Force
// said" in a story datelined in Mozambique is Rwanda's officer; "The
// force's first commander, Burkinabe Brigadier General NAME," after "the
// joint force of their Alliance of Sahel States" is the alliance's, no
// state's; "The army's spokesman in Bujumbura, Colonel NAME," serves the
// army of Burundi, whose capital seats it. The owner of the title phrase
// decides, over the state the story is set in (fx54, r35d).

var (
	forceOwnerNouns      = wordList("force-owner-noun")
	forceAntecedentNouns = wordList("force-antecedent-noun")
)

// forceAntecedentReach bounds, in tokens, the walk back to the force an
// owner noun stands for.
const forceAntecedentReach = 160

// forceOwnerSettles settles role r of p from the owner of its title phrase, a
// force's or an army's possessive, and reports whether it did.
func (a *analysis) forceOwnerSettles(p *person, r *role) bool {
	if r.org != "" {
		return false
	}
	owner, seat := a.titleOwnerPhrase(r)
	if owner < 0 {
		return false
	}
	toks := a.d.toks
	if seat != "" && (forceOwnerNouns.hasToken(&toks[owner]) || wholeForceNouns.hasToken(&toks[owner])) {
		if !r.explicit {
			r.country = seat // "The army's spokesman in Bujumbura,": Burundi's army
		}
		return !r.explicit
	}
	if !forceOwnerNouns.hasToken(&toks[owner]) {
		return false
	}
	c, body := a.forceAntecedent(owner)
	switch {
	case body != "" && !a.stateServiceApposition(p):
		// "The force's commander, NAME, a deputy inspector general of the
		// Kenya Police Service,": the apposed service's state is left to
		// missionRole
		r.org, r.orgKind, r.country, r.nonState = body, "intl", "", true
		return true
	case c != "" && !r.explicit:
		r.country = c
		return true
	}
	return false
}

// titleOwnerPhrase returns the owner noun of "the NOUN's" that opens the
// title phrase of r, past the words of the title and a rank after a comma
// ("the force's first commander, Brigadier General NAME"), or -1; and the
// state of a capital the phrase seats the title in ("in Bujumbura").
func (a *analysis) titleOwnerPhrase(r *role) (int, string) {
	toks := a.d.toks
	k := r.titleLo - 1
	if m, ok := a.placeCovering(k); ok && m.kind == sAdjective {
		k = m.first - 1 // "Burkinabe Brigadier General NAME": the officer's nationality
	}
	if k >= 0 && k < len(toks) && toks[k].text == "," {
		k--
	}
	seat := ""
	for n := 0; k >= 2 && n < 6 && toks[k].lower != "'s"; n++ {
		if m, ok := a.placeCovering(k); ok && m.kind == sCapital && m.code != "" && toks[m.first-1].lower == "in" {
			seat, k = m.code, m.first-2 // "spokesman in Bujumbura"
			continue
		}
		if toks[k].kind != tWord || toks[k].cap && a.roleKind(k) == 0 {
			return -1, ""
		}
		k--
	}
	if k < 2 || toks[k].lower != "'s" || toks[k-1].cap || toks[k-2].lower != "the" {
		return -1, ""
	}
	return k - 1, seat
}

// forceAntecedent walks back from the owner noun at k to the force it
// stands for: the state written before a force's noun ("the Rwandan
// contingent", "the Rwanda Defence Force", "Burundi's forces"), or the
// international body that owns it ("the joint force of their Alliance of
// Sahel States"). A bare "the force" names no owner and is passed over.
func (a *analysis) forceAntecedent(k int) (state, body string) {
	toks := a.d.toks
	for j := k - 2; j > 0 && j > k-forceAntecedentReach; j-- {
		if !forceAntecedentNouns.hasToken(&toks[j]) || j == k {
			continue
		}
		if o := a.intlOrgNear(j); o != "" {
			return "", o
		}
		if c := a.stateBeforeForce(j); c != "" {
			return c, ""
		}
	}
	return "", ""
}

// intlOrgNear returns the international body of the gazetteer that owns
// the force's noun at j: right before it ("the SADC force") or after "of"
// ("the force of the African Union"), or "".
func (a *analysis) intlOrgNear(j int) string {
	toks := a.d.toks
	at := []int{j - 1}
	if j >= 2 && toks[j-1].lower == "'s" {
		at = []int{j - 2}
	}
	if j+2 < len(toks) && toks[j+1].lower == "of" {
		n := j + 2
		switch toks[n].lower {
		case "the", "its", "their":
			n++
		}
		at = append(at, n)
	}
	for _, n := range at {
		if o := a.intlOrgName(n); o != "" {
			return o
		}
	}
	return ""
}

// stateBeforeForce returns the state named right before the force's noun
// at j, past a few capitalised words of its name and a possessive: "the
// Rwandan contingent", "the Rwanda Defence Force", "Burundi's forces".
func (a *analysis) stateBeforeForce(j int) string {
	toks := a.d.toks
	n := j - 1
	for i := 0; i < 3 && n > 0 && toks[n].cap && toks[n].kind == tWord && a.placeAt[n] < 0; i++ {
		n--
	}
	if n > 0 && toks[n].lower == "'s" {
		n--
	}
	if m, ok := a.placeCovering(n); ok && m.state && m.code != "" {
		return m.code
	}
	return ""
}

// heldGroupSettles gives role r of p the armed group that p's possessive
// names, when the title has no state of its own: "commander NAME's Libyan
// National Army" commands the group, no state's army (fx54, r35b).
func (a *analysis) heldGroupSettles(p *person, r *role) bool {
	if r.org != "" || r.explicit || r.rule != ruleTitleBefore {
		return false
	}
	toks := a.d.toks
	for _, mi := range p.mentionIdx {
		k := a.mentions[mi].lim
		if k+1 >= len(toks) || toks[k].lower != "'s" || a.orgAt[k+1] < 0 {
			continue
		}
		if m := a.orgs[a.orgAt[k+1]]; m.first == k+1 && a.lx.orgs[m.org].Kind == "armed" {
			r.org, r.orgKind, r.country, r.nonState = a.lx.orgs[m.org].Name, "", "", true
			return true
		}
	}
	return false
}

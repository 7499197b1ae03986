package extract

import "strings"

// A role noun with modifiers ("the former prime minister", "the deputy
// mayor") names the office the modifiers make, not any holder of the head
// noun: a "Defence Minister" is not "the prime minister", and a sitting
// prime minister is not "the former" one (fx63).

// modifiersAgree reports that the modifiers of phrase p before its role
// noun agree with the title per holds: each modifier word is among the
// title's own modifiers, when the title has any (a bare "Minister" may be
// any minister), and a past qualifier ("former") needs an office per held
// before.
func (a *analysis) modifiersAgree(per *person, p *npPhrase) bool {
	head := p.last.lower
	mods := a.titleModifiers(per.role.title, head)
	if a.pastRolesOnly(per, head) {
		mods = nil // a past holder may hold the office again unwritten: "a former trade minister ... the finance minister said"
	}
	for k := p.f + 1; k < p.l-1; k++ {
		t := &a.d.toks[k]
		if t.kind != tWord || t.cap {
			continue // a capitalised word is roleFits's to weigh
		}
		if pastQualifiers.hasToken(t) {
			if !a.heldBefore(per, head) {
				return false
			}
			continue
		}
		if a.roleKind(k) == rMod && len(mods) > 0 && !stateDescriptors.hasToken(t) && !stemAmong(mods, t.lower) {
			return false
		}
	}
	return true
}

// titleModifiers are the lexicon's modifier words of a title before its
// head noun: "defence" of "Defence Minister".
func (a *analysis) titleModifiers(title, head string) []string {
	var out []string
	for _, w := range strings.Fields(strings.ToLower(title)) {
		if w == head {
			break
		}
		if a.lx.roleOf(w) == rMod {
			out = append(out, w)
		}
	}
	return out
}

// retiredQualifiers open a title no longer held in service
// (words_people.tsv retired-qualifier): "retired brigadier general".
var retiredQualifiers = wordList("retired-qualifier")

// heldBefore reports a role of per with the head noun whose title says it
// was held before: "former Prime Minister", "retired brigadier general".
func (a *analysis) heldBefore(per *person, head string) bool {
	for _, r := range per.roles {
		w, _, _ := strings.Cut(strings.ToLower(r.title), " ")
		if (r.head == head || a.titleEndsIn(r, head)) && (pastTitle(r.title) || retiredQualifiers.has(w)) {
			return true
		}
	}
	return false
}

// stemAmong reports w among words, allowing the two presses' spellings
// ("defence", "defense") by a shared stem of five letters.
func stemAmong(words []string, w string) bool {
	for _, m := range words {
		if m == w || len(m) >= 5 && len(w) >= 5 && m[:5] == w[:5] {
			return true
		}
	}
	return false
}

// formerEpithetHolder is the person in focus that "the former prime
// minister" describes when no one in the story is titled so: an epithet
// for the one the sentence is about ("opposition leader NAME ... Asked
// whether he ..., the former prime minister said"), who holds no current
// office of that noun.
func (a *analysis) formerEpithetHolder(p *npPhrase) *person {
	if p.l-p.f < 3 || !pastQualifiers.hasToken(&a.d.toks[p.f+1]) {
		return nil
	}
	per := a.resolvePronoun(0, p.f)
	if per == nil || per.role != nil && per.role.head == p.last.lower && !pastTitle(per.role.title) {
		return nil
	}
	return per
}

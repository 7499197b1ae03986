package extract

import "strings"

// The scene of a story is the state whose home affairs it tells: its
// towns and provinces, its capital (not as its government's voice), its
// demonym or possessive before a domestic noun ("Sudan's army",
// "Burundi's courts"). A state that only hosts talks or a court abroad
// ("JEDDAH, Saudi Arabia — ... talks between Sudan's army and ...") is
// named often, by its dateline too, but seldom by its towns.

// domesticNouns after a state's adjective or possessive name something
// inside it: "Burundian law", "Sudan's courts".
var domesticNouns = wordList("domestic-noun")

// minSceneCount is the least scene that outweighs the most named state.
const minSceneCount = 3

// sceneCounts returns, per state, how many different places and domestic
// things of it the story names (sceneKey), past the dateline.
func (a *analysis) sceneCounts() map[string]int {
	count := map[string]int{}
	seen := map[string]bool{}
	dlFirst, dlLim := a.datelineSpan()
	for pi := range a.places {
		m := &a.places[pi]
		if m.first >= dlFirst && m.first < dlLim || m.code == "" || m.nameWord || m.titledName {
			continue
		}
		if m.ambiguous && (m.kind == sName || m.kind == sAlias || !a.namesStateItself(m.code)) {
			continue // "Male" is the Maldives' capital only in a story that names them
		}
		if key := a.sceneKey(m); key != "" && !seen[key] {
			seen[key] = true // "Guantanamo" told ten times is one place
			count[m.code]++
		}
	}
	return count
}

// sceneState returns the state the story's home news is about when the
// story is datelined in a city of first that is not its capital (a venue:
// talks in Jeddah, a regional court in Arusha) and another state's scene
// outweighs first's (at least twice, and at least minSceneCount), or "".
// A capital's dateline is the writer's seat at home ("OTTAWA — ... Gaza"),
// and the press's own state keeps its bare titles.
func (a *analysis) sceneState(first string, ok func(string) bool) string {
	if first == a.styleCountry() || first != a.datelineState() || !a.datelineVenue() {
		return ""
	}
	count := a.sceneCounts()
	best, bestN, _ := sceneLeader(count, ok)
	if best == "" || best == first || bestN < minSceneCount || bestN < 2*count[first] {
		return ""
	}
	return best
}

// sceneLeader returns the state of count that ok admits with the most
// scene mentions (the first code in order on a tie), its count, and the
// most of any other state ok admits.
func sceneLeader(count map[string]int, ok func(string) bool) (best string, bestN, nextN int) {
	for c, n := range count {
		switch {
		case !ok(c):
		case best == "" || n > bestN || n == bestN && c < best:
			nextN = max(nextN, bestN)
			best, bestN = c, n
		case n > nextN:
			nextN = n
		}
	}
	return best, bestN, nextN
}

// datelineSpan returns the tokens [first, lim) of the story's dateline,
// empty without one; a headline before it is no part of it. A town the
// gazetteer lacks is a dateline too ("MOCÍMBOA DA PRAIA -"): its words
// name no scene of their own.
func (a *analysis) datelineSpan() (int, int) {
	if len(a.d.paras) == 0 {
		return 0, 0
	}
	first, para := a.datelinePara()
	if end := a.datelineEnd(int(para)); end > first {
		return first, end
	}
	return 0, 0
}

// datelineVenue reports a dateline that names a town other than its
// state's capital ("ARUSHA, Tanzania", "JEDDAH, Saudi Arabia"), not the
// capital or the state itself ("GUATEMALA CITY", "OTTAWA").
func (a *analysis) datelineVenue() bool {
	words, _ := a.datelineWordsAt(a.datelinePara())
	if len(words) == 0 {
		return false
	}
	vals, lim := a.lx.placeTrie.match(tokensOf(strings.Join(words, " ")), 0, false)
	if lim != len(words) || len(vals) == 0 {
		return true // a town the gazetteer lacks
	}
	return a.lx.surfaces[vals[0]].kind == sPlace
}

// namesStateItself reports a story that names the state itself somewhere.
func (a *analysis) namesStateItself(code string) bool {
	for pi := range a.places {
		if m := &a.places[pi]; m.code == code && m.state && (m.kind == sName || m.kind == sAlias || m.kind == sAdjective) {
			return true
		}
	}
	return false
}

// sceneKey returns what a scene mention names (sceneMention), the place
// or the state's domestic noun, or "" for no scene mention.
func (a *analysis) sceneKey(m *placeMention) string {
	if !a.sceneMention(m) {
		return ""
	}
	key := m.code + " " + strings.ToLower(a.placeText(m))
	if m.kind != sPlace && m.kind != sCapital && m.lim+1 < len(a.d.toks) {
		key += " " + a.d.toks[m.lim+1].lower
	}
	return key
}

// sceneMention reports a place within its state ("Lifuka", "Gitega") not
// speaking as its government ("Delhi withdrew"), or a state's adjective
// or possessive whose noun, within two words, is a domestic one
// ("Burundi's constitutional court").
func (a *analysis) sceneMention(m *placeMention) bool {
	toks := a.d.toks
	switch {
	case m.kind == sPlace || m.kind == sCapital:
		return !m.state && (m.lim >= len(toks) || !agentWords.hasToken(&toks[m.lim]))
	case m.kind != sAdjective && !m.possessive:
		return false
	}
	j := m.lim
	if m.possessive {
		j++
	}
	for k := j; k < len(toks) && k < j+2; k++ {
		if domesticNouns.hasToken(&toks[k]) {
			return true
		}
		if toks[k].kind != tWord {
			return false
		}
	}
	return false
}

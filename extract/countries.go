package extract

import (
	"sort"
)

// placeMention is a gazetteer match in the text: a state by name, alias,
// adjective or capital, or a place inside a state.
type placeMention struct {
	first, lim int
	code       string
	kind       surfaceKind
	state      bool // counts as a mention of the state itself
	possessive bool // followed by "'s"
}

// agentWords after a capital show it stands for its government:
// "Washington said", "Moscow has", "the Kabul government".
var agentWords = map[string]bool{
	"said": true, "says": true, "has": true, "have": true, "had": true, "is": true, "was": true,
	"will": true, "would": true, "could": true, "should": true, "may": true, "might": true,
	"must": true, "wants": true, "wanted": true, "warned": true, "warns": true, "accused": true,
	"accuses": true, "denied": true, "denies": true, "rejected": true, "rejects": true,
	"insisted": true, "insists": true, "invaded": true, "invades": true, "announced": true,
	"announces": true, "claimed": true, "claims": true, "hopes": true, "hoped": true,
	"sees": true, "saw": true, "sent": true, "sends": true, "imposed": true, "imposes": true,
	"responded": true, "condemned": true, "condemns": true, "agreed": true, "agrees": true,
	"backed": true, "backs": true, "supports": true, "supported": true, "refused": true,
	"refuses": true, "ordered": true, "orders": true, "demanded": true, "demands": true,
	"threatened": true, "threatens": true, "blamed": true, "blames": true, "believes": true,
	"considers": true, "considered": true, "did": true, "does": true, "launched": true,
	"struck": true, "signed": true, "urged": true, "urges": true, "welcomed": true,
	"welcomes": true, "criticised": true, "criticized": true, "called": true, "calls": true,
	"ensured": true, "expelled": true, "recalled": true, "retaliated": true, "vowed": true,
	"government": true, "regime": true, "administration": true, "authorities": true,
	"officials": true, "leadership": true, "government's": true, "and": false,
}

// geoFeatures after a state's name or adjective make it part of a place name
// ("Indian Ocean", "English Channel"), not a mention of the state.
var geoFeatures = map[string]bool{
	"Ocean": true, "Sea": true, "Gulf": true, "Strait": true, "Straits": true, "Channel": true,
	"Peninsula": true, "Basin": true, "Subcontinent": true, "Desert": true,
}

// tagPlaces finds every gazetteer match and decides which ones mention a
// state. Ambiguous forms ("Jordan", "Georgia", "Chad") need support from
// their context; capitals count only where they act for the state.
func (a *analysis) tagPlaces() {
	toks := a.d.toks
	a.placeAt = make([]int32, len(toks))
	for i := range a.placeAt {
		a.placeAt[i] = -1
	}
	usPlaces := 0
	for i := 0; i < len(toks); {
		t := toks[i]
		if t.kind != tWord && t.kind != tNum {
			i++
			continue
		}
		vals, lim := a.lx.placeTrie.match(toks, i, false)
		if lim == 0 {
			i++
			continue
		}
		s := a.lx.surfaces[vals[0]]
		// a state's own forms win over places of the same name
		for _, v := range vals {
			if a.lx.surfaces[v].kind != sPlace {
				s = a.lx.surfaces[v]
				break
			}
		}
		m := placeMention{first: i, lim: lim, code: s.code, kind: s.kind}
		if lim < len(toks) && toks[lim].lower == "'s" {
			m.possessive = true
		}
		if s.kind == sPlace && s.code == "US" {
			usPlaces++
		}
		m.state = s.kind != sPlace
		a.places = append(a.places, m)
		for k := i; k < lim; k++ {
			a.placeAt[k] = int32(len(a.places) - 1)
		}
		i = lim
	}
	for pi := range a.places {
		m := &a.places[pi]
		if !m.state {
			continue
		}
		s := a.surfaceOf(m)
		switch {
		case a.partOfLargerName(m):
			m.state = false
		case m.kind == sCapital && !a.capitalActs(m):
			m.state = false
		case s.ambiguous && !a.ambiguousStateSupported(m, usPlaces):
			m.state = false
		}
	}
}

// surfaceOf returns the gazetteer entry a mention matched.
func (a *analysis) surfaceOf(m *placeMention) countrySurface {
	vals, _ := a.lx.placeTrie.match(a.d.toks, m.first, false)
	for _, v := range vals {
		if s := a.lx.surfaces[v]; s.code == m.code && s.kind == m.kind {
			return s
		}
	}
	return countrySurface{code: m.code, kind: m.kind}
}

// partOfLargerName reports a match inside a longer proper name: "Indian
// Ocean", "Washington Post", "Jordan Peterson", "New Mexico"-like cases the
// gazetteer does not hold.
func (a *analysis) partOfLargerName(m *placeMention) bool {
	toks := a.d.toks
	if m.lim < len(toks) && toks[m.lim].para == toks[m.first].para && geoFeatures[toks[m.lim].text] {
		return true
	}
	if m.kind == sAdjective {
		return false // "Egyptian Foreign Minister": adjectives stand before names all the time
	}
	if m.lim < len(toks) && toks[m.lim].para == toks[m.first].para && toks[m.lim].cap && toks[m.lim].kind == tWord &&
		!m.possessive && toks[m.lim].spaceBefore {
		n := toks[m.lim]
		// "Israel Defense Forces" and "Kabul government" are fine; a following
		// name is not: "Washington Post", "Jordan Peterson".
		if a.placeAt[m.lim] >= 0 || a.lx.roles[n.lower] != 0 || commonStarters[n.lower] {
			return false
		}
		if m.kind == sName || m.kind == sAlias {
			// "Ivory Coast Prime Minister", "Iraq War": only given names and
			// unknown capitalised words make a larger name
			if _, given := a.lx.givenNames[n.text]; given {
				return true
			}
			s := a.surfaceOf(m)
			return s.ambiguous || m.kind == sCapital
		}
		return true
	}
	return false
}

// capitalActs reports whether a capital stands for its state's government.
func (a *analysis) capitalActs(m *placeMention) bool {
	toks := a.d.toks
	if m.possessive {
		return true
	}
	if m.lim < len(toks) && toks[m.lim].para == toks[m.first].para {
		n := toks[m.lim]
		if agentWords[n.lower] || a.lx.speech[n.lower] != "" {
			return true
		}
		if n.cap && (a.lx.roles[n.lower] == rHead || a.lx.roles[n.lower] == rMod) {
			return true
		}
	}
	// "talks between Washington and Tehran", "ties with Beijing"
	if m.first > 0 {
		switch toks[m.first-1].lower {
		case "between", "with", "against", "by":
			return true
		case "and":
			if m.first > 1 && a.placeAt[m.first-2] >= 0 && a.places[a.placeAt[m.first-2]].state {
				return true
			}
		}
	}
	return false
}

// ambiguousStateSupported decides forms such as "Georgia" or "Jordan":
// accepted next to another state, or supported by an unambiguous mention of
// the same state, or when nothing in the article points to the other reading
// (a person's name, a place of the United States).
func (a *analysis) ambiguousStateSupported(m *placeMention, usPlaces int) bool {
	toks := a.d.toks
	if m.first > 0 && toks[m.first-1].para == toks[m.first].para {
		p := toks[m.first-1]
		if a.lx.roles[p.lower] == rHonorific {
			return false
		}
		if _, given := a.lx.givenNames[p.text]; given && p.cap {
			return false // "Michael Jordan"
		}
	}
	// coordinated with another state: "Georgia and Ukraine", "Iraq, Jordan and Syria"
	if a.coordinatedState(m.first-2, m.first-1, m.code) || a.coordinatedState(m.lim+1, m.lim, m.code) {
		return true
	}
	for i := range a.places {
		o := &a.places[i]
		if o.code == m.code && o.first != m.first && o.kind != sPlace && !a.surfaceOf(o).ambiguous {
			return true
		}
	}
	return usPlaces == 0 && m.kind != sAdjective
}

// coordinatedState reports a state other than code at token k, joined by
// "and", "or" or a comma at token sep.
func (a *analysis) coordinatedState(k, sep int, code string) bool {
	toks := a.d.toks
	if k < 0 || k >= len(toks) || sep < 0 || sep >= len(toks) || a.placeAt[k] < 0 {
		return false
	}
	o := a.places[a.placeAt[k]]
	s := toks[sep].lower
	return o.kind != sPlace && o.code != code && (s == "and" || s == "or" || s == ",")
}

// countries lists the states mentioned, most mentioned first.
func (a *analysis) countries() []Country {
	byCode := map[string]*Country{}
	var order []string
	for _, m := range a.places {
		if !m.state {
			continue
		}
		c := byCode[m.code]
		if c == nil {
			info := a.lx.countries[m.code]
			c = &Country{Code: m.code, Name: info.Name}
			byCode[m.code] = c
			order = append(order, m.code)
		}
		c.Mentions++
		c.Spans = append(c.Spans, Span{Start: a.d.toks[m.first].start, End: a.d.toks[m.lim-1].end})
	}
	out := make([]Country, 0, len(order))
	for _, code := range order {
		out = append(out, *byCode[code])
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Mentions > out[j].Mentions })
	return out
}

// stateAt returns the state code of a state mention covering token i.
func (a *analysis) stateAt(i int) (string, bool) {
	if i < 0 || i >= len(a.placeAt) || a.placeAt[i] < 0 {
		return "", false
	}
	m := a.places[a.placeAt[i]]
	if !m.state {
		return "", false
	}
	return m.code, true
}

// placeCodeAt returns the state code of any place (a state or a place inside
// one) covering token i.
func (a *analysis) placeCodeAt(i int) (string, bool) {
	if i < 0 || i >= len(a.placeAt) || a.placeAt[i] < 0 {
		return "", false
	}
	return a.places[a.placeAt[i]].code, true
}

// homeCountry is the state an article is most about: the most mentioned
// state, with places inside states counted too. Empty when nothing stands out.
func (a *analysis) homeCountry() string {
	count := map[string]int{}
	best, bestN, second := "", 0, 0
	for _, m := range a.places {
		if !m.state && m.kind != sPlace {
			continue
		}
		count[m.code]++
	}
	for code, n := range count {
		switch {
		case n > bestN || (n == bestN && code < best):
			best, second, bestN = code, bestN, n
		case n > second:
			second = n
		}
	}
	if bestN == 0 || bestN == second {
		return ""
	}
	return best
}

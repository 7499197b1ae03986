package extract

import "strings"

// Free modifiers: the words writers put between a number and its
// personnel noun that no list names ("200 Oregon National Guard troops",
// "60 public order officers", "45 army field medics"), and the licence a
// weak noun after them needs.

// freeModBlockers are closed-class words that end a noun phrase.
var freeModBlockers = closedSet(
	"the", "a", "an", "of", "to", "and", "or", "but", "in", "on", "at", "by", "for", "from",
	"with", "as", "into", "onto", "than", "that", "which", "who", "whom", "whose", "this",
	"these", "those", "its", "their", "his", "her", "our", "my", "your", "it", "they", "he",
	"she", "we", "you", "were", "was", "are", "is", "be", "been", "being", "had", "has",
	"have", "will", "would", "could", "should", "may", "might", "must", "can", "did", "do",
	"does", "not", "no", "each", "per", "including", "excluding", "among", "plus", "more",
	"while", "when", "where", "after", "before", "if", "so", "then", "there", "here", "also",
	"only", "just", "about", "around", "against", "most", "many", "some", "all", "both", "few", "several", "any", "cannot", "can't", "won't", "don't", "didn't")

// freeModStops are open-class words no free modifier may be: heads of
// their own ("300 men attacked officers"), former personnel ("four former
// army officers"), "task forces".
var freeModStops = wordList("free-mod-stop")

// freeModMax is how many free words may stand before the noun.
const freeModMax = 5

// freeModifiers returns the start of a personnel noun after one to
// freeModMax free modifier words at j in n's phrase, else j: adjectives
// and nouns in lower case ("public order", "field"), a force's or a
// region's capitalised name ("State Border Guard Service", "Oregon"). A
// year ("in 2023 police officers") takes none, nor does a word of a toll
// ("60 injured officers"), a civilian body's ("community support
// officers", "prison officers"), a former one's, a plural noun or a
// verb form in "-ed" that follows another ("300 women attacked
// officers").
func (a *analysis) freeModifiers(n number, j int) int {
	toks := a.d.toks
	if a.isYear(n) || j >= len(toks) || strengthSuffix(toks[n.first].lower) {
		return j
	}
	// a personnel word may open the modifiers ("250 special police unit
	// officers"), but the noun it begins is no head's modifier: "300
	// police officers" keeps its noun
	_, own := a.lx.personnel.match(toks, j, true)
	para := toks[n.first].para
	for e := j; e < len(toks) && e < j+freeModMax; e++ {
		t := &toks[e]
		if (t.lower == "and" || t.lower == "or") && (e > j && !toks[e-1].cap || e > n.lim && toks[e-1].cap && a.forceNamedIn(n.lim, e)) {
			continue // "400 mounted and dog-handler officers", "7,500 Guardia Civil and National Police officers": modifiers joined
		}
		if nameJoinedByPossessive(toks, e) || t.lower == "'s" && e > j && nameJoinedByPossessive(toks, e-1) {
			continue // "1,000 People's Armed Police officers": a possessive inside a force's name
		}
		if t.kind != tWord || t.para != para || t.sentStart || !a.freeModWord(e, a.innerModAt(e)) {
			return j
		}
		if e > j && strings.HasSuffix(t.lower, "ed") && !t.cap && !troopMods.hasToken(t) {
			return j // "300 women attacked police officers": a verb, no modifier; "central armed police" keeps its listed "armed"
		}
		if e+1 <= own {
			continue // "20 Marines guards its embassy": no second noun after a first
		}
		if _, lim := a.lx.personnel.match(toks, e+1, true); lim > 0 && toks[e+1].para == para {
			if w := toks[e+1].lower; (w == "force" || w == "forces") && toks[e+1].cap {
				continue // "120 Self-Defense Force relief specialists": a force's name, modifying
			} else if w == "force" || w == "forces" {
				return j // "two task forces": bodies, not their people
			}
			if vals, _ := a.lx.personnel.match(toks, e+1, true); n.value < 10 && a.lx.personnelWeak[vals[0]] {
				return j // "four command officers were sent to the scene": police at work
			}
			return e + 1
		}
	}
	return j
}

// nameJoinedByPossessive reports a capitalised word at e whose "'s" joins it
// to the next capitalised word of one name: "People's" in "People's
// Armed Police", which no free modifier's list stops.
func nameJoinedByPossessive(toks []token, e int) bool {
	return e+2 < len(toks) && toks[e].cap && toks[e].kind == tWord && toks[e+1].lower == "'s" && toks[e+2].cap && !toks[e+2].sentStart
}

// innerModAt reports lower-case free modifier words from k+1 up to a
// personnel noun, the first no verb a plural subject at k may have
// ("Three states sent soldiers"): the word at k is inside the modifiers,
// not last.
func (a *analysis) innerModAt(k int) bool {
	if k+1 >= len(a.d.toks) || a.d.toks[k+1].kind != tWord {
		return false
	}
	// a plural subject's verb is written bare: "states field", as "fields"
	w := a.d.toks[k+1].lower
	for _, v := range []*wordSet{troopVerbs, sendVerbs, deployVerbs, withdrawVerbs, possessVerbs, strengthVerbs} {
		if v.has(w) || v.hasWithS(w) {
			return false
		}
	}
	if _, lim := a.lx.personnel.match(a.d.toks, k+1, true); lim > 0 {
		return false
	}
	// lower-case modifiers only, up to the noun: not "the two neighbours
	// since Guinean troops moved in"
	for j := k + 1; j < len(a.d.toks) && j <= k+freeModMax; j++ {
		t := &a.d.toks[j]
		if _, lim := a.lx.personnel.match(a.d.toks, j, true); lim > 0 {
			return j > k+1
		}
		if t.kind != tWord || t.cap || !a.freeModWord(j, false) {
			return false
		}
	}
	return false
}

// freeModWord reports a word at k that may modify a personnel noun; a
// plural may, inner, where another modifier follows it ("60 special tasks
// department officers"), not right before the noun ("for 30 days police
// officers").
func (a *analysis) freeModWord(k int, inner bool) bool {
	t := &a.d.toks[k]
	w := t.lower
	if freeModBlockers.hasToken(t) || freeModStops.hasToken(t) || civilMods.hasToken(t) || casualtyWords.hasToken(t) || casualtyBefore.hasToken(t) || a.personAt[k] >= 0 {
		return false
	}
	if mayBeNumber(t) {
		if _, ok := a.d.parseNumber(k); ok {
			return false // "a town of eight thousand cannot absorb three thousand soldiers"
		}
	}
	if t.cap {
		return true // a name: "Oregon National Guard", "TNI"
	}
	if strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "ics") {
		if _, lim := a.lx.personnel.match(a.d.toks, k, true); !inner || t.kind != tWord || lim > 0 {
			return false // a plural noun heads its own phrase: "protesters", "vehicles"
		}
	}
	if gerundMods.hasToken(t) {
		return true // "300 roads policing officers": a duty, no verb
	}
	return !strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "ly") && !strings.ContainsAny(w, "0123456789")
}

// gerundMods are -ing words of a duty that modify personnel (words_troops.tsv gerund-mod).
var gerundMods = wordList("gerund-mod")

// forceWordsIn are lower-case words of an armed or police body that
// license a weak noun beside a deployment verb: "the police drafted in
// 900 officers".
var forceWordsIn = wordList("force-word")

// weakForceLicence reports weak personnel n..lim that a deployment or
// withdrawal verb in the sentence moves, where a state acts or a force is
// named: "The Guardia Civil moved 400 agents to Ceuta", "the police
// drafted in 900 officers"; not "the bank moved 40 officers to its new
// offices".
func (a *analysis) weakForceLicence(n number, lim int) bool {
	toks := a.d.toks
	s := a.d.sents[toks[n.first].sent]
	if n.value < 10 {
		return false // "two officers fighting with the customer": police at work
	}
	if a.forceNamedIn(s.first, s.lim) && a.includedInFigure(n) {
		return true // "1,500 police, including 400 mounted officers"
	}
	// the verb moves them: before them in their clause, or a passive
	// right after them ("were flown to")
	verb := false
	for k := a.figureClauseStart(n.first); k < min(lim+4, s.lim) && !verb; k++ {
		if k >= n.first && k < lim {
			continue
		}
		verb = deployVerbs.hasToken(&toks[k]) || withdrawVerbs.hasToken(&toks[k]) || troopVerbs.hasToken(&toks[k]) && !possessVerbs.hasToken(&toks[k]) || a.bareDeployVerbAt(k)
	}
	if !verb {
		return false
	}
	if a.actingState(s.first, n.first, false) != "" {
		return true
	}
	return a.forceNamedIn(s.first, s.lim) // "140 Guardia Civil agents were flown"
}

// forceNamedIn reports an armed or police body's word from first to lim.
func (a *analysis) forceNamedIn(first, lim int) bool {
	toks := a.d.toks
	for k := first; k < lim; k++ {
		if forceWordsIn.hasToken(&toks[k]) || toks[k].cap && forceBodies.hasToken(&toks[k]) && !toks[k].sentStart {
			return true
		}
	}
	return false
}

// personnelFromForce reports "from" or "of" after personnel ending at
// lim and an armed or police body within a few words: "75 staff from
// the Irish Defence Forces"; "from other forces" names none.
func (a *analysis) personnelFromForce(lim int) bool {
	toks := a.d.toks
	if lim >= len(toks) || toks[lim].lower != "from" && toks[lim].lower != "of" {
		return false
	}
	named := false // "from other forces" names no force; "from Rwanda's police" does
	for k := lim + 1; k < len(toks) && k <= lim+5 && toks[k].sent == toks[lim].sent; k++ {
		if forceWordsIn.hasToken(&toks[k]) && (named || toks[k].cap) || toks[k].cap && forceBodies.hasToken(&toks[k]) && toks[k].lower != "mission" {
			return true
		}
		named = named || toks[k].cap
		if toks[k].kind != tWord && toks[k].lower != "'s" || toks[k].text == "," {
			return false // "from Kenya's General Service Unit" reads on
		}
	}
	return false
}

// shareSubjectBefore reports a state's share ("contribution",
// "contingent") as the subject of the verb of having or numbering at k:
// "Nigeria's contribution to the force comprises 700 troops" is
// deployed, as a mission's size is; "Nigeria's army comprises" is a
// strength.
func (a *analysis) shareSubjectBefore(k int) bool {
	toks := a.d.toks
	first := a.d.sents[toks[k].sent].first
	for j := k - 1; j >= first && j >= k-6 && toks[j].text != ","; j-- {
		if shareNouns.hasToken(&toks[j]) && j > first {
			o := j - 1
			if toks[o].lower == "'s" && o > first {
				o--
			}
			_, ok := a.stateAt(o)
			return ok
		}
	}
	return false
}

// includedInFigure reports "including" right before n after a troop
// figure of its sentence: "1,500 police, including 400 mounted
// officers" counts a part of the figure.
func (a *analysis) includedInFigure(n number) bool {
	k := n.hedge - 1
	return k > 0 && a.d.toks[k].lower == "including" && a.lastFigure.sent == int(a.d.toks[n.first].sent) && a.lastFigure.unit != ""
}

// movingParticiples after personnel say they move, which makes "with N
// soldiers" or "has N troops" a deployment, no strength: "with some
// 2,000 soldiers crossing back", "has 50,000 troops massing".
var movingParticiples = wordList("moving-participle")

// stateOwnMen returns the end of "of its men" at or before j after the
// figure n that a state keeps or deploys, the subject of a verb of
// holding or deploying men right before the figure: "Bujumbura keeps
// 1,500 of its men in the Ruzizi plain", "Congo asked Burundi to keep
// 1,500 of its men"; else 0. "Kenya sent 30 of its men to the games" is
// no deployment.
func (a *analysis) stateOwnMen(n number, j int) int {
	toks := a.d.toks
	k := n.hedge - 1
	m := j + 2 // "men" after "of its" at j, or at j where ofItsTroops stopped
	if j < len(toks) && toks[j].lower == "men" {
		m = j
	}
	if k < 1 || m >= len(toks) || m < 2 || toks[m].lower != "men" || toks[m-2].lower != "of" || !ownerPronouns[toks[m-1].lower] {
		return 0
	}
	if !menVerbs.hasToken(&toks[k]) && !holdVerbs.hasToken(&toks[k]) || toks[k].lower == "sent" {
		return 0
	}
	if c, ok := a.stateAt(k - 2); ok && c != "" && toks[k-1].lower == "to" {
		return m + 1 // "asked Bujumbura to keep": the state asked keeps its men
	}
	if a.actingState(a.d.sents[toks[n.first].sent].first, n.first, false) != "" {
		return m + 1
	}
	return 0
}

// navyWords name a navy or a coast guard, whose sentence makes a crew
// sailors: "Chile's navy said the Almirante Williams, with a complement
// of about 250", "a joint crew of 75 from the Estonian and Latvian navies".
var navyWords = wordList("navy-word")

// navyInSentence reports a navy's word in the sentence of the crew's
// noun at k that no owner opens ("its crew of 22", "the ferry's crew"
// are a ship's told before, perhaps a merchant one).
func (a *analysis) navyInSentence(k int) bool {
	if k < 1 || ownerPronouns[a.d.toks[k-1].lower] || a.d.toks[k-1].lower == "'s" {
		return false
	}
	s := a.d.sents[a.d.toks[k].sent]
	navy := false
	for j := s.first; j < s.lim; j++ {
		if civilShips.hasToken(&a.d.toks[j]) && j < k {
			return false // "The navy towed the ferry, with a crew of 30"
		}
		navy = navy || navyWords.hasToken(&a.d.toks[j])
	}
	return navy
}

// civilShips name merchant and private ships, whose crews are no navy's.
var civilShips = wordList("civil-ship")

package extract

// Soldiers "who fell" in a war or a battle: "the 741 Turkish soldiers who
// fell in Korea were read aloud". "Fell" is a death only of personnel and
// only with a place or time after it; "shares that fell in value", "20
// climbers who fell ill" and "soldiers who fell behind" are none. The
// personnel may be the subject with no "who": "15 soldiers fell in
// combat", and after "had", "have" or "has" "fallen" needs no place:
// "15 soldiers had fallen \"with their arms in hand\"", but "had fallen
// ill", "into an ambush", "back" or "behind" stay none.

// fellPlaces open the war, place or time soldiers fell in.
var fellPlaces = closedSet("in", "at", "during", "on")

// fellIdioms after "fell in" make a phrase that is no death: "fell in
// love", "fell in line".
var fellIdioms = closedSet("love", "line", "with", "step", "value", "behind", "hard", "disuse", "disgrace", "favour", "favor")

// fallenIdioms after "had fallen" make a phrase that is no death: "had
// fallen ill", "fallen into enemy hands", "fallen back", "fallen silent".
var fallenIdioms = closedSet("ill", "sick", "behind", "back", "asleep", "silent", "into", "victim", "prey", "short", "out", "apart", "under", "from", "off", "away", "to", "below", "by", "foul", "quiet", "over", "down", "through", "for")

// fallenAux are the auxiliaries before "fallen": "15 soldiers had fallen".
var fallenAux = closedSet("had", "have", "has")

// fellAdjWords bounds the state's adjective between the number and the
// personnel noun: "741 Turkish soldiers", "255 British servicemen".
const fellAdjWords = 2

// fellInBattle reads n before a personnel noun (a state's adjective may
// stand between) and "who fell in".
func (a *analysis) fellInBattle(n number, rule string) (Deaths, bool) {
	toks := a.d.toks
	for j := n.lim; j < len(toks) && j <= n.lim+fellAdjWords && toks[j].kind == tWord; j++ {
		_, lim := a.lx.personnel.match(toks, j, true)
		if lim <= 0 {
			if !toks[j].cap {
				return Deaths{}, false
			}
			continue
		}
		if e := fellAfter(toks, lim); e > 0 {
			return a.makeDeath(n, n.hedge, e, rule), true
		}
		return Deaths{}, false
	}
	return Deaths{}, false
}

// fellAfter returns the end of "who fell in", "fell in" or "had fallen"
// read from k, after the personnel noun; 0 when none is there.
func fellAfter(toks []token, k int) int {
	if k < len(toks) && toks[k].lower == "who" {
		k++
	}
	if k+1 < len(toks) && toks[k].lower == "fell" && fellPlaces.hasToken(&toks[k+1]) && (k+2 >= len(toks) || !fellIdioms.hasToken(&toks[k+2])) {
		return k + 1
	}
	if k+1 < len(toks) && fallenAux.hasToken(&toks[k]) && toks[k+1].lower == "fallen" {
		if k+2 >= len(toks) {
			return k + 2
		}
		if fellPlaces.hasToken(&toks[k+2]) {
			if k+3 < len(toks) && fellIdioms.hasToken(&toks[k+3]) {
				return 0 // "had fallen in love"
			}
			return k + 2
		}
		if !fallenIdioms.hasToken(&toks[k+2]) {
			return k + 2
		}
	}
	return 0
}

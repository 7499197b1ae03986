package extract

// ageAsideQuantifiers may open an aside of ages: "all aged under 30",
// "both in their forties".
var ageAsideQuantifiers = closedSet("all", "both", "most", "each", "mostly")

// ageAsideEnd returns the comma that closes an aside of the personnel's
// ages opening at the comma k, else -1: "Four sailors, aged 23 to 41,
// were injured", "Two soldiers, 21 and 23, were wounded", "Six
// peacekeepers, all aged under 30, were hurt", "Two officers, both in
// their forties, were hurt", "14 marines, the youngest 19, were hurt".
// The numbers in it are ages, neither another figure nor the end of the
// figure's clause, so the verb after the aside still tells what befell
// the personnel (isCasualty reads on past it).
func (a *analysis) ageAsideEnd(k int) int {
	toks := a.d.toks
	if k+2 >= len(toks) || toks[k].text != "," {
		return -1
	}
	if e := a.ageApposition(k); e > k {
		return e - 1 // ", 21 and 23,": ageApposition returns the token after its comma
	}
	j := k + 1
	if ageAside(toks, k) {
		j += 2 // ", the youngest 19,", ", the oldest aged 70,"
	} else if ageAsideQuantifiers.hasToken(&toks[j]) {
		j++
	}
	e := a.agedPhrase(j)
	if e == j {
		e = a.victimsAgeAfter(j)
	}
	if e == j {
		e = a.decadeAgeAfter(j)
	}
	if e == j && ageAside(toks, k) && j < len(toks) && toks[j].kind == tNum {
		e = j + 1 // ", the youngest 19,"
	}
	if e == j || e >= len(toks) || toks[e].text != "," || toks[e].sent != toks[k].sent {
		return -1
	}
	return e
}

// decadeAgeAfter returns the token after "in their twenties" or "in
// their 20s" at j, else j.
func (a *analysis) decadeAgeAfter(j int) int {
	toks := a.d.toks
	if j+2 >= len(toks) || toks[j].lower != "in" || toks[j+1].lower != "their" && toks[j+1].lower != "his" && toks[j+1].lower != "her" {
		return j
	}
	if w := toks[j+2].lower; decadeAges.has(w) || len(w) == 3 && w[2] == 's' && w[0] >= '1' && w[0] <= '9' && w[1] == '0' {
		return j + 3
	}
	return j
}

// decadeAges name a decade of life: "in their forties".
var decadeAges = closedSet("teens", "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties")

package extract

// modalEstimateWords give a toll's possible present size: "the toll could
// exceed 11,000".
var modalEstimateWords = closedSet("could", "may", "might")

// modalEstimate reports a toll said to possibly exceed the figure n now:
// "The toll from the floods in Derna could exceed 11,000, the Red Crescent
// warned" (r29g) is recorded by the writers as an estimate, as "the real
// toll could be as high as 40" (r22m, required) and "is thought to exceed
// 100,000" are. A forecast ("is expected to exceed", "the toll is expected
// to pass 50") tells the future, not the toll, and stays out (r13b, dt10).
func (a *analysis) modalEstimate(n number) bool {
	toks := a.d.toks
	v := n.hedge - 1 // the verb of reaching
	return v >= 1 && modalEstimateWords.hasToken(&toks[v-1]) && countChanges.hasToken(&toks[v])
}

package extract

// concessives open a phrase whose casualty is not the figure's before
// it: "Zambia's 930 peacekeepers will stay despite the deaths of two
// soldiers" keeps the 930 a deployment (isCasualty stops there).
var concessives = wordList("concessive")

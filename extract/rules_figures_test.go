package extract

import (
	"fmt"
	"sort"
	"strings"
	"testing"
)

// The rules of the figures pass (deaths.go, deaths_lists.go, victims.go,
// troops.go, troops_apart.go), one row per rule: sentences that the rule
// must read, with the count (and for troops the state) it must give and the
// rule name it must report, and sentences of the same shape that must give
// no figure. Filters that drop figures (captions, threats, anaphora) have
// rows too. All sentences are written for these tests.

type figureCase struct {
	text    string
	count   int64
	country string // troops only
}

type figureRule struct {
	rule string
	pos  []figureCase
	neg  []string
}

var deathRules = []figureRule{
	// dt7 (session 27): "both" after a pronoun counts it: "they both
	// died", "killed them both"
	{ruleDeathList,
		[]figureCase{{text: "Deputies said they both died before the ambulance arrived.", count: 2}},
		[]string{"Deputies said they both survived the fall from the balcony."}},
	{ruleDeathObject,
		[]figureCase{{text: "The intruder shot and killed them both in the hallway.", count: 2}},
		[]string{"The intruder shot and wounded them both in the hallway."}},
	// dt7 (session 27): former partners, in-laws, step and half siblings
	// and housemates are relations one after "his" (victims.tsv)
	{ruleDeathObject,
		[]figureCase{{text: "Deputies said he killed his ex-wife and her mother-in-law.", count: 2},
			{text: "The farmer shot and killed his half-brother and his housemate.", count: 2}},
		[]string{"Deputies said he threatened his ex-wife and her mother-in-law.",
			"The farmer shot and wounded his half-brother and his housemate."}},
	// dt7 (session 27): "fatally" before the base form of "shoot" or
	// "stab" ("went on to fatally shoot three people")
	{ruleDeathActive,
		[]figureCase{{text: "The gunman went on to fatally shoot four people at the depot.", count: 4}},
		[]string{"The gunman tried to fatally shoot four people at the depot.",
			"The gunman went on to shoot four people at the depot.",
			"Prosecutors say the gunman meant to kill four people at the depot."}},
	{ruleDeathObject,
		[]figureCase{{text: "Prosecutors say he went on to fatally stab his landlord.", count: 1}},
		[]string{"Prosecutors say he threatened to fatally stab his landlord."}},
	// dt7 (session 27): "but" before the subject's own later death goes
	// on to it as "and" does
	{ruleDeathList,
		[]figureCase{{text: "Two hikers were flown to the clinic but later died.", count: 2},
			{text: "Two cyclists were stabbed in the chest but died hours later.", count: 2}},
		[]string{"Two hikers were flown to the clinic but were expected to recover.",
			"Two hikers were flown to the clinic but later released."}},
	// dt7 (session 27): an aside between dashes or parentheses after the
	// counted victims, before their verb
	{ruleDeathPass,
		[]figureCase{{text: "Two cyclists -- a teacher and her nephew -- were killed on the bypass.", count: 2},
			{text: "Three climbers (two guides and a client) died on the ridge.", count: 3},
			{text: "Two guards — both retired firemen — were shot dead at the depot.", count: 2}},
		[]string{"Two cyclists -- a teacher and her nephew -- were hurt on the bypass.",
			"Two guards — one of them shot in the leg — were taken to hospital."}},
	// dt7 (session 27): an active "killed" before "them" or a plural
	// with an irregular plural ("the men", "the children") counts no one
	// dead; its subject is the killer
	{ruleDeathObject,
		[]figureCase{{text: "Witnesses said the intruder killed the man in the hallway.", count: 1}},
		[]string{"Witnesses said the intruder killed them in the hallway.",
			"Witnesses said the intruder killed the men in the hallway.",
			"Prosecutors say the driver killed the children on the crossing."}},
	// dt5 (session 26): a rate per minute counts no dead
	{"rate-per-minute",
		[]figureCase{{text: "Measles killed a child in the ward last week.", count: 1}},
		[]string{"Measles kills a child every minute somewhere in the world."}},
	// dt5 (session 26): the number in apposition after "killed everyone"
	{"everyone-apposition",
		[]figureCase{{text: "The fire killed everyone inside, 14 people, the brigade said.", count: 14}},
		[]string{"The crew rescued everyone inside, 14 people, the brigade said."}},
	// dt5 (session 26): "the dead, numbering N," as an aside
	{"numbering-aside",
		[]figureCase{{text: "The dead, numbering at least 31, were buried near the river.", count: 31}},
		[]string{"The wounded, numbering at least 31, were flown to the capital."}},
	// dt5 (session 26): "named the dead man as" a person, with an
	// apposition after the name
	{"dead-person-named",
		[]figureCase{{text: "Police named the dead woman as Irena Kowal, 58, a teacher from Lublin.", count: 1},
			{text: "The dead man was identified as Piotr Zielinski, 44.", count: 1}},
		[]string{"Police named the injured woman as Irena Kowal, 58, a teacher from Lublin."}},
	// dt5 (session 26): "N more lives" claimed
	{"more-lives",
		[]figureCase{{text: "The fire claimed three more lives overnight.", count: 3}},
		[]string{"The new rules saved three more lives overnight."}},
	// dt5 (session 26): a toll owned by a period or place after killing
	// words
	{"owned-toll",
		[]figureCase{{text: "A rockfall killed two climbers, taking the summer's toll to 11.", count: 11}},
		[]string{"The summer's toll on the harvest rose to 11 percent."}},
	// dt5 (session 26): "the confirmed dead numbered N"
	{"qualified-dead",
		[]figureCase{{text: "The confirmed dead numbered 95 by Sunday evening.", count: 95}},
		[]string{"The confirmed injured numbered 95 by Sunday evening."}},
	// dt5 (session 26): a lone capitalised name before an age between
	// commas
	{"name-before-age",
		[]figureCase{{text: "Yusuf, 9, died of his burns on Saturday, his mother said.", count: 1}},
		[]string{"Yusuf, 9, was treated for burns on Saturday, his mother said.", "Kenya, 12, was ranked last."}},
	// dt5 (session 26): bodies "found to have been" something are judged,
	// not found
	{"bodies-found-to-be",
		[]figureCase{{text: "Rescuers said four bodies were found under the rubble.", count: 4},
			{text: "Five bodies were brought to the district morgue on Sunday.", count: 5}},
		[]string{"Officials said four bodies were found to have been counted twice."}},
	// dt5 (session 26): a participle and an adverb of place between the
	// victims and their verb
	{"participle-adverb",
		[]figureCase{{text: "Nine of the 30 miners trapped underground were brought out dead.", count: 9}},
		[]string{"Nine of the 30 miners trapped underground were brought out alive."}},
	// dt5 (session 26): a part of the dead after "Among the dead was"
	{"among-dead-was",
		[]figureCase{{text: "Among the dead was a nurse from the district clinic, officials said.", count: 1}},
		[]string{"Among the injured was a nurse from the district clinic, officials said."}},
	// dt5 (session 26): an aside after the number of "a family of N"
	{"family-aside",
		[]figureCase{{text: "A family of five, including three girls, was killed when the roof fell in.", count: 5},
			{text: "The family of three, who lived on the top floor, died in the blaze.", count: 3}},
		[]string{"A family of five, including three girls, was rescued when the roof fell in."}},
	// dt5 (session 26): a list after "the dead were", "those killed were"
	{"dead-subject-were",
		[]figureCase{{text: "Those killed were a teacher, a driver and two shopkeepers, the mayor said.", count: 4},
			{text: "The people who died in the fire were a farmer and his daughter.", count: 2}},
		[]string{"Those hurt were a teacher, a driver and two shopkeepers.", "The dead were taken to the district morgue."}},
	// dt5 (session 26): "N bodies" as the object of any verb, not of
	// founding verbs, capacities or denials
	{"bodies-object",
		[]figureCase{{text: "The district morgue said it had taken in 17 bodies since Friday.", count: 17},
			{text: "Volunteers could account for 31 bodies by Sunday evening.", count: 31},
			{text: "The clinic had taken in 12 injured and five bodies by noon.", count: 5}},
		[]string{"The treaty created two bodies to settle disputes.", "The new morgue can hold 200 bodies.", "The talks involved 12 states and four bodies.",
			"Workers had not yet received 12 bodies from the site."}},
	// dt5 (session 26): a death ranked by an ordinal or "only" wherever
	// it stands
	{"ranked-death",
		[]figureCase{{text: "Health officials confirmed a third death from the outbreak on Friday.", count: 3},
			{text: "The missing hiker, the only fatality of the blizzard, was found on Monday.", count: 1}},
		[]string{"The judge handed down a second death sentence.", "Doctors fear a second death from the outbreak."}},
	// dt5 (session 26): a singular agent noun right before its verb
	{"agent-victim",
		[]figureCase{{text: "A retired carpenter was killed when the wall fell.", count: 1}},
		[]string{"A search warrant was executed at the house.", "The WWII fascist, a leader who was later hanged, was hated.",
			"The office printer died halfway through the job."}},
	// dt5 (session 26): a named or hurt subject that "did not survive"
	{"survive-named",
		[]figureCase{{text: "Gunmen ambushed Tunde Bakare near his shop. Mr Bakare was stabbed twice and did not survive.", count: 1},
			{text: "Mr Bakare did not survive his injuries.", count: 1}},
		[]string{"The senator did not survive the primary.", "The bill was amended twice and did not survive the vote."}},
	// dt5 (session 26): "only" or "just" before a subject's count
	{"focus-subject",
		[]figureCase{{text: "Only one of the divers died in the cave.", count: 1}},
		[]string{"Only one of the divers was hurt in the cave."}},
	// dt5 (session 26): a part owned by "our", "my", "your"
	{"owner-partitive",
		[]figureCase{{text: "The shelling killed six of our neighbours.", count: 6},
			{text: "Two of my cousins died in the flood.", count: 2}},
		[]string{"Two of our members were injured in the flood."}},
	// dt5 (session 26): an earlier figure after a revised toll
	{"earlier-figure",
		[]figureCase{{text: "Officials lowered the death toll to 14, having earlier reported 19.", count: 19},
			{text: "The agency raised the toll to 52 after initially putting it at 40.", count: 40}},
		[]string{"Officials lowered the number of injured to 14, having earlier reported 19."}},
	// dt5 (session 26): drownings counted as a death noun
	{"death-noun-drownings",
		[]figureCase{{text: "Lifeguards recorded nine drownings on the coast this summer.", count: 9}},
		[]string{"Lifeguards prevented nine drownings on the coast this summer.", "The new barriers have saved 40 lives, the ministry said."}},
	// dt4 (session 26): a bare toll that names a deadly event, in a
	// headline's compound or after "from"/"of"
	{ruleDeathToll,
		[]figureCase{{text: "Flood toll rises to 61 in Kerala", count: 61},
			{text: "The toll from the mine collapse reached 48 by Friday.", count: 48}},
		[]string{"The storm's toll on local farms reached 400.", "The bridge toll reached 48 rupees."}},
	// dt4 (session 26): the victims of a killing "aboard"
	{ruleDeathActive,
		[]figureCase{{text: "The helicopter hit a ridge, killing all 30 aboard.", count: 30}},
		[]string{"The coastguard rescued all 30 aboard."}},
	// dt4 (session 26): the total after a toll's parts
	{ruleDeathSum,
		[]figureCase{{text: "Storms killed 11 people in Bihar and 6 in Jharkhand, 17 in all.", count: 17},
			{text: "The quake killed 80 people in Herat and 12 in Badghis, a total of 92.", count: 92}},
		[]string{"Storms injured 11 people in Bihar and 6 in Jharkhand, 17 in all."}},
	// dt4 (session 26): a part "of them in" a manner of dying
	{ruleDeathSubset,
		[]figureCase{{text: "Since 2019, 44 of its members have died, 30 of them in combat.", count: 30}},
		[]string{"Since 2019, 44 of its members were hurt, 30 of them in combat."}},
	// dt4 (session 26): victims counted with "the" in an article of no
	// one hurt, of a deadly event or beside the offices of the dead
	{ruleDeathVictims,
		[]figureCase{{text: "The 88 victims of the ferry sinking were buried on Sunday.", count: 88},
			{text: "Staff at the morgue said the 14 victims were all men.", count: 14}},
		[]string{"The 88 victims of the fraud were pensioners.", "The 14 victims of the fire were taken to hospital."}},
	// dt4 (session 26): a fronted whole of victims or of the dead with a
	// phrase that tells which of them it counts, and its part
	{ruleDeathPass,
		[]figureCase{{text: "The flood killed dozens. Of the 31 victims identified so far, 12 were children.", count: 12},
			{text: "Of the 26 people killed whose names were released, eight were students.", count: 8}},
		[]string{"Of the 31 victims identified so far, 12 were children, and 19 more were hurt.",
			"Of the 26 people hurt whose names were released, eight were students."}},
	// dt4 (session 26): the part of a counted whole of the dead before
	// its verb
	{ruleDeathPass,
		[]figureCase{{text: "Three of the seven people killed were children, the coroner said.", count: 3}},
		[]string{"Three of the seven people hurt were children, the coroner said."}},
	// dt4 (session 26): two states' people that a verb killed are
	// counted apart, not summed; a plural demonym counts people
	{ruleDeathSubset,
		[]figureCase{{text: "The strike killed 14 Syrian soldiers and 5 Iranian advisers.", count: 5},
			{text: "The raid killed 12 Afghans and 3 Pakistanis.", count: 3}},
		[]string{"The strike wounded 14 Syrian soldiers and 5 Iranian advisers."}},
	// dt4 (session 26): the parts of a vague object of killing
	{ruleDeathSubset,
		[]figureCase{{text: "The war killed tens of thousands of people, including 900 aid workers.", count: 900}},
		[]string{"The war displaced tens of thousands of people, including 900 aid workers."}},
	// dt4 (session 26): a span of years is no count
	{ruleDeathActive,
		[]figureCase{{text: "The famine of 1932-33 killed 3,900 people in the district.", count: 3900}},
		[]string{"The famine of 1932-33 drove 3,900 people from the district.", "The war of 1992–1995 is still taught in schools."}},
	// dt4 (session 26): one of a counted group that a wounding participle
	// describes, with no "the", ages or an adverb before it, or in an
	// apposition, who has since died
	{ruleDeathPass,
		[]figureCase{{text: "One of three boys, 12 and 14, badly stabbed Friday has died.", count: 1},
			{text: "A cook, one of four workers stabbed on Monday, has died.", count: 1}},
		[]string{"One of three boys, 12 and 14, badly stabbed Friday has been released.",
			"A cook, one of four workers stabbed on Monday, is in hospital."}},
	// dt4 (session 26): the objects of a verb of killing are no list
	// that a relative clause of the last one makes dead: 60, not 61
	{ruleDeathActive,
		[]figureCase{{text: "The storms killed about 60 people and a driver who had stopped to help was shot dead by looters.", count: 60}},
		[]string{"The storms injured about 60 people and a driver who had stopped to help was robbed by looters."}},
	// dt4 (session 26): a gerund of the harm before "victim(s)"
	{ruleDeathPass,
		[]figureCase{{text: "One stabbing victim has died, officers said.", count: 1}},
		[]string{"One stabbing victim was taken to hospital, officers said."}},
	// dt4 (session 26): a second deadly event whose verb of killing is
	// left out
	{ruleDeathSubset,
		[]figureCase{{text: "The first quake killed 40; the aftershock, another 12.", count: 12}},
		[]string{"The first quake injured 40; the aftershock, another 12."}},
	// fx5 (session 25): a killer's own death in a sentence that counts
	// the dead of his killing is no figure of its own (the passages
	// fx5-counted-self check that the 1 is gone)
	{"counted-self",
		[]figureCase{{text: "The sniper shot dead three guards before killing himself on the roof.", count: 3}},
		[]string{"The sniper shot three guards before turning himself in on the roof."}},
	// fx5 (session 25): the whole of "none of the N" is no toll
	{"none-of-whole",
		[]figureCase{{text: "None of the 40 miners died, but three rescuers were killed.", count: 3}},
		[]string{"None of the 40 miners died in the collapse.", "Neither of the two pilots was killed."}},
	// fx5 (session 25): a single death ranked by an ordinal in apposition
	// is the running toll
	{ruleDeathOne,
		[]figureCase{{text: "A woman who was trapped in the rubble died on Friday, the ninth death.", count: 9},
			{text: "A boy died in hospital on Monday, the sixth fatality of the storm.", count: 6}},
		[]string{"A boy was hurt on Monday, the sixth victim of the storm.", "A boy was rescued on Monday, the sixth day of the storm."}},
	// dt3 (session 25): a war that "cost" a state its personnel, and a
	// second state's count joined to it
	{ruleDeathActive,
		[]figureCase{{text: "The border war cost Eritrea 1,900 soldiers, officials said.", count: 1900}},
		[]string{"The reform cost France 3,000 soldiers' jobs.", "The deal cost Eritrea 1,900 dollars."}},
	{ruleDeathSubset,
		[]figureCase{{text: "The war cost Chad 400 soldiers and Niger 150 troops in two years.", count: 150},
			{text: "The border war cost Eritrea 1,900 soldiers and Ethiopia 2,300, by their own counts.", count: 2300}},
		[]string{"The war cost Chad 400 tanks and Niger 150 trucks in two years."}},
	// dt3 (session 25): an agent noun after an age and a noun ("a
	// 52-year-old crane operator") is the person
	{ruleDeathObject,
		[]figureCase{{text: "The blast killed a 38-year-old tractor operator and a welder at the depot.", count: 2}},
		[]string{"The blast trapped a 38-year-old tractor operator and a welder at the depot."}},
	// dt3 (session 25): "the <person>" joined to a counted group adds one,
	// the group a stated part
	{ruleDeathSubset,
		[]figureCase{{text: "A mine on the track claimed three porters and the guide walking ahead of them.", count: 3}},
		[]string{"A mine on the track wounded three porters and the guide walking ahead of them."}},
	// dt3 (session 25): "did" after a bare number stands for a verb of
	// dying earlier in the sentence ("the army said nine did")
	{ruleDeathPass,
		[]figureCase{{text: "Rebels said 30 soldiers died in the raid, but the army said only six did.", count: 6}},
		[]string{"Rebels said 30 soldiers fled the raid, but the army said only six did."}},
	// dt3 (session 25): executions counted ("40 executions", "this year's
	// executions to 612"); "the executions of" those sought is no toll
	{ruleDeathAdj,
		[]figureCase{{text: "The state carried out 40 executions last year.", count: 40}},
		[]string{"Prosecutors may seek the executions of three defendants.",
			"The state carried out 40 inspections last year."}},
	{ruleDeathToll,
		[]figureCase{{text: "The prison hanged two men on Monday, bringing this year's executions to 57.", count: 57}},
		[]string{"The prison inspected two wings on Monday, bringing this year's inspections to 57."}},
	// dt3 (session 25): a share of a whole ("one in a thousand") is a
	// rate, and so is a bare number that goes on with it in the next
	// sentence; a count over a number of days or places stays a count
	{ruleDeathActive,
		[]figureCase{{text: "The virus has killed 14 in 10 days.", count: 14},
			{text: "The fever killed 30 in a hundred villages.", count: 30}},
		[]string{"\"Treated early, measles kills fewer than one in a thousand children. In the camps it is killing nearly five.\"",
			"Cholera kills fewer than one in a hundred patients."}},
	// dt3 (session 25): a figure set in quotation marks with its hedge,
	// a source's own words for it
	{ruleDeathPass,
		[]figureCase{{text: "The colonel said \"more than 40\" rebels had been killed in the raid.", count: 40},
			{text: "The attackers fled after a fight in which \"not fewer than 25\" of them died.", count: 25}},
		[]string{"The colonel said \"more than 40\" rebels had been captured in the raid."}},
	// dt3 (session 25): "N of the <people> ... died" read by the number
	{ruleDeathPass,
		[]figureCase{{text: "The spokesman said at least six of the gunmen had also died.", count: 6}},
		[]string{"The spokesman said at least six of the gunmen had also fled."}},
	// dt3 (session 25): "by then" makes a study's dated figure a toll up
	// to a time, not statistics of a past year
	{ruleDeathPass,
		[]figureCase{{text: "Two men were hurt in a fight on Friday. Police gave no motive. A 2015 study estimated that more than 900 had died in the county by then.", count: 900}},
		[]string{"Two men were hurt in a fight on Friday. Police gave no motive. A 2015 study estimated that more than 900 had died in the county that year."}},
	// dt3 (session 25): a participle after the second group of victims
	// ends the verb's objects ("and two boys tending the cattle"), and a
	// noun for people before a plural one modifies it ("civilian drivers")
	{ruleDeathActive,
		[]figureCase{{text: "Bandits killed five herders and two boys tending the cattle.", count: 7},
			{text: "Rebels killed eight soldiers and two civilian drivers escorting the ballots.", count: 10}},
		[]string{"Bandits robbed five herders and two boys tending the cattle.",
			"Rebels stopped eight soldiers and two civilian drivers escorting the ballots."}},
	// dt3 (session 25): occupations and trades name the people killed
	// ("a ferry mechanic", "a bartender"), and a noun before the person's
	// noun after an age ("a 41-year-old forklift driver")
	{ruleDeathObject,
		[]figureCase{{text: "The mortar round killed a ferry mechanic and two porters at the jetty.", count: 3},
			{text: "The shell killed a 41-year-old forklift driver and a welder.", count: 2}},
		[]string{"The mortar round wounded a ferry mechanic and two porters at the jetty.",
			"The shell injured a 41-year-old forklift driver and a welder."}},
	{ruleDeathList,
		[]figureCase{{text: "A bartender and a waitress were shot dead inside the tavern.", count: 2}},
		[]string{"A bartender and a waitress were robbed inside the tavern."}},
	// dt3 (session 25): "Of the N people who died ..., M were": the whole
	// told by a relative clause of death
	{ruleDeathPass,
		[]figureCase{{text: "Of the 44 people who died in the fires, 17 were firefighters.", count: 17}},
		[]string{"Of the 44 people who were hurt in the fires, 17 were firefighters."}},
	// dt3 (session 25): the dead brought out of a mine or the water, with
	// a participle and its agent between the victims and the verb
	{ruleDeathPass,
		[]figureCase{{text: "Nine of the 15 divers trapped by the current were pulled out dead.", count: 9}},
		[]string{"Nine of the 15 divers trapped by the current were pulled out alive."}},
	// dt3 (session 25): a relative clause whose death is that of other
	// people in a clause of their own is no death of the one before it
	{ruleDeathOne,
		[]figureCase{{text: "A herder who fell ill at the camp and who died on Monday was buried.", count: 1}},
		[]string{"She is a nurse who has treated the children of several people who died in custody."}},
	// tr1 (session 24): "no fewer than" is one hedge before the count
	{ruleDeathList,
		[]figureCase{{text: "No fewer than 14 people were killed in the blast at the depot.", count: 14}},
		[]string{"No fewer than 14 people were hurt in the blast at the depot."}},
	// dt2: after a label of teasers ("More stories you may like"), the
	// teaser-sized paragraphs to the text's end link other stories
	{ruleDeathLinks,
		[]figureCase{{text: "Three people were killed when a pickup truck hit a bus on Route 9, police said.\n\nMore stories you may like\n\nPark to close for repairs The city park will close for two weeks.", count: 3}},
		[]string{"The bakery on Main Street reopened on Monday.\n\nMore stories you may like\n\nThree dead after crash on Route 9 A pickup truck hit a bus on Route 9 on Friday, killing three people, police said.\n\nPark to close for repairs The city park will close for two weeks.",
			"The bakery on Main Street reopened on Monday.\n\nMore headlines\n\nTwo killed in house fire Firefighters found two bodies in a burned house on Elm Street."}},
	// dt2: bare nouns for people after "a ...", parted by commas as well
	// as "and", each one person: "a man, woman and child"
	{ruleDeathList,
		[]figureCase{{text: "A man, woman and child were killed when the car hit a tree.", count: 3},
			{text: "A father, son and young daughter were found dead in the cabin.", count: 3}},
		[]string{"A man, woman and child were taken to hospital when the car hit a tree.",
			"A father, son and young daughter were rescued from the cabin."}},
	{ruleDeathOf,
		[]figureCase{{text: "Police are investigating the deaths of a mother, son and little girl at the farm.", count: 3}},
		[]string{"Police are investigating threats against a mother, son and little girl at the farm."}},
	// dt2: a phrase opened by "the" or "a" after a named person and a bare
	// comma, with no "and" after it, describes that person: one dead
	{ruleDeathOne,
		[]figureCase{{text: "Tom Hall, the 50-year-old hunter found dead in the woods, had been out alone since Sunday.", count: 1},
			{text: "Relatives of Ana Ruiz, the six-year-old girl shot to death on Friday, gathered at the house.", count: 1}},
		[]string{"Tom Hall, the 50-year-old hunter found in the woods, had been out alone since Sunday.",
			"Friends of Ana Ruiz, a nurse at the clinic, said she was hurt in the crash."}},
	{ruleDeathList,
		[]figureCase{{text: "Ana Ruiz, a nurse, and her son were killed in the crash.", count: 2}},
		[]string{"Ana Ruiz, a nurse, and her son were hurt in the crash."}},
	// dt2: "a figure it had raised from N" after a toll: the figure the
	// toll stood at before; "the day before" closes a compared figure
	// as "the year before" does
	{ruleDeathCompare,
		[]figureCase{{text: "The health ministry put the death toll at 1,480, a figure it had raised from 1,250 the day before.", count: 1250},
			{text: "The agency said 312 people had died, a toll officials revised from 280 on Monday.", count: 280}},
		[]string{"The company put its output at 1,480 tonnes, a figure it had raised from 1,250 the day before.",
			"The union put turnout at 3,000, a figure organisers revised from 2,500."}},
	// dt2: "a mother of three" counts her children, not the dead, and
	// "his wife and mother of three" is one person
	{ruleDeathOne,
		[]figureCase{{text: "Her husband and father of two was shot dead outside the shop.", count: 1},
			{text: "Lena Ortiz, a mother of four, died in the fire on Elm Street.", count: 1}},
		[]string{"A father of three was arrested after the shooting.",
			"Her husband and father of two was wounded in the attack."}},
	// dt2: ages in weeks and days; a plural age counts nobody
	{ruleDeathList,
		[]figureCase{{text: "A young couple and their 10-day-old son were found dead in the flat.", count: 3},
			{text: "A 6-week-old girl and her father died in the fire.", count: 2}},
		[]string{"The 15-year-olds were pronounced dead at the scene.",
			"A 3-week-old boy and his mother were taken to hospital."}},
	// dt2: a lower-case noun for a person before a full name is the
	// name's title ("firefighter Ann Lee"), also after a possessive and
	// in lists parted by semicolons; an abbreviated rank keeps its stop
	{ruleDeathList,
		[]figureCase{{text: "Killed were Capt. Ray Holt, 51; firefighter Ann Lee, 33; and engineer Sam Ortiz, 40.", count: 3},
			{text: "The dead were identified as Omar Reyes, 21; Victor Reyes, 17; and their friend Tasha Cole, 20.", count: 3}},
		[]string{"Arrested were Capt. Ray Holt, 51; firefighter Ann Lee, 33; and engineer Sam Ortiz, 40.",
			"Police said teacher Ann Lee saw the gunman run down the street."}},
	{ruleDeathObject,
		[]figureCase{{text: "The gunman killed firefighter Ann Lee and wounded two others.", count: 1}},
		[]string{"The gunman threatened firefighter Ann Lee and fled."}},
	// dt2: dead on arrival, with or without hyphens
	{ruleDeathOne,
		[]figureCase{{text: "A 30-year-old man was dead on arrival at the hospital.", count: 1},
			{text: "A woman was pronounced dead-on-arrival at Mercy Hospital.", count: 1}},
		[]string{"A woman was treated on arrival at Mercy Hospital.",
			"The ambulance arrived at the hospital with a wounded man on board."}},
	// dt2: a gerund clause of death after its subject, where no clause
	// starts: "resulted in Tom Hall being shot and killed"
	{ruleDeathOne,
		[]figureCase{{text: "The brawl ended with Tom Hall being shot and killed outside the bar.", count: 1},
			{text: "Witnesses saw Maria Lopez being stabbed to death in the car park.", count: 1}},
		[]string{"The video shows Tom Hall being shot and wounded.",
			"Officials fear civilians being killed in the offensive."}},
	// r23a: a count before "whose bodies were found" counts dead, with
	// or without its noun; bodies never found, or not yet, are no toll
	{ruleDeathPass,
		[]figureCase{{text: "The new count included six inmates who died in hospital and seven whose bodies were found under rubble.", count: 7},
			{text: "The toll includes 12 miners whose bodies were recovered from the shaft on Monday.", count: 12}},
		[]string{"Relatives of 12 miners whose bodies were never found held a vigil.",
			"Police said seven fishermen whose bodies have not been recovered are missing."}},
	// r23a: "N head of" counts livestock, no people: the figure after a
	// verb of killing is no toll
	{ruleDeathActive,
		[]figureCase{{text: "The cyclone killed 40 people and drowned 12,000 head of cattle.", count: 40},
			{text: "The flood drowned at least 14 people in the valley.", count: 14}},
		[]string{"The cyclone drowned an estimated 500,000 head of cattle across the north.",
			"Disease killed 3,000 head of sheep on the island."}},
	// dt2: lives taken of counted people: "took three men's lives"
	{ruleDeathActive,
		[]figureCase{{text: "The fire took four children's lives.", count: 4},
			{text: "Prosecutors say the gunman took three young men's lives.", count: 3}},
		[]string{"The new vaccine saved three children's lives.",
			"The fire took the victims' lives."}},
	// r21f: "the toll had risen from N" without "to": N is the figure the
	// toll stood at before, the new one told elsewhere
	{ruleDeathToll,
		[]figureCase{{text: "The floods killed at least 90 people. Officials said the toll had climbed from 64 on Monday as rescuers reached the valley.", count: 64},
			{text: "Landslides have killed 40 people this week. The death toll rose from 25 after two more bodies were found.", count: 25}},
		[]string{"The vote tally had risen from 180 a week ago.",
			"Motorway tolls had risen from 180 rupees a year ago, drivers said."}},
	// r21f: a lower-case noun before the plural noun for people is a
	// modifier of the victims ("fishery inspectors", "customs inspectors")
	{ruleDeathList,
		[]figureCase{{text: "Two harbour inspectors were killed when a trawler rammed their boat.", count: 2},
			{text: "Three customs inspectors were shot dead at the crossing.", count: 3}},
		[]string{"Two harbour inspectors were arrested after the raid on the docks.",
			"Poachers killed two sturgeon, the fishery inspectors said.",
			"Forty search warrants were executed across the region."}},
	// r20f: "put the figure at N" stands for the death figure of the
	// sentence before, and "and at N" gives a second estimate
	{ruleDeathToll,
		[]figureCase{{text: "At least 900 children have died of hunger this year.\nThe agency had put the figure at 410 in May and at 615 in August.", count: 410},
			{text: "At least 900 children have died of hunger this year.\nThe agency had put the figure at 410 in May and at 615 in August.", count: 615}},
		[]string{"About 9,000 people fled the fighting.\nAid groups had put the figure at 4,100 in May and at 6,150 in August.",
			"The ministry put the figure at 40,000 tonnes."}},
	// r20f: an age bound after the victims' noun is their age, no count,
	// and the count before it is read past it
	{ruleDeathPass,
		[]figureCase{{text: "At least 300 children under five have died of measles since March.", count: 300},
			{text: "Some 45 pensioners aged over 80 were killed when the care home burned.", count: 45},
			{text: "Ninety people under the age of 18 were killed in the raids.", count: 90}},
		[]string{"Many children under five died of measles in the camps.",
			"Doctors treated 300 children under five for measles since March.",
			"Residents over 65 died in greater numbers than in any summer on record."}},
	// r20b: interpreters and translators are people a toll counts (data)
	{ruleDeathPass,
		[]figureCase{{text: "Two peacekeepers and an interpreter were killed when their patrol hit a mine.", count: 3}},
		[]string{"Two peacekeepers and an interpreter were injured when their patrol hit a mine."}},
	{ruleDeathList,
		[]figureCase{{text: "Three translators working for the army were killed in the ambush.", count: 3}},
		[]string{"Three translators working for the army were wounded in the ambush."}},
	// r16: a range after a verb of killing: the lower figure, hedged
	{ruleDeathActive,
		[]figureCase{{text: "A bus plunged into a ravine, killing between 12 and 15 people.", count: 12},
			{text: "The strikes killed between twenty and thirty fighters.", count: 20},
			{text: "The civil war killed between 80,000 and 100,000 people.", count: 100000}},
		[]string{"The bus was carrying between 12 and 15 people.", "The raid injured between 12 and 15 people."}},
	// r16: "both" and "all N" joined to counted victims add to the sum
	{ruleDeathPass,
		[]figureCase{{text: "Sixty-two passengers and both pilots were killed in the crash.", count: 64},
			{text: "Four soldiers and all 12 crew members were killed when the helicopter came down.", count: 16}},
		[]string{"Sixty-two passengers and both pilots were rescued.", "Two officers and both suspects were wounded."}},
	{ruleDeathSubset,
		[]figureCase{{text: "Sixty-two passengers and both pilots were killed in the crash.", count: 62}},
		[]string{"Sixty-two passengers and both pilots were injured in the crash."}},
	// r16: a part "of those" men, and a cause before "victims"
	{ruleDeathList,
		[]figureCase{{text: "Two of those men, 23-year-old Juan Ortiz and 24-year-old Dan Chu, died after the shooting.", count: 2},
			{text: "Eight people were shot at the party. Three of the shooting victims died.", count: 3}},
		[]string{"Two of those men, 23-year-old Juan Ortiz and 24-year-old Dan Chu, were wounded.",
			"Three of the crash victims were children.", "Two of the shooting victims were taken to hospital."}},
	// r16: a relative clause with a count of its own dead is no death of
	// the person it describes
	{ruleDeathPass,
		[]figureCase{{text: "A woman who escaped from a home where three people were killed on Monday is recovering.", count: 3}},
		[]string{"A woman who escaped from a home where three people were hurt on Monday is recovering."}},
	// r16: a person after a short description opening the sentence
	// ("Football player NAME") opens the clause of a death
	{ruleDeathOne,
		[]figureCase{{text: "Football player Brennan Weikel, 17, was killed while hunting feral hogs.", count: 1},
			{text: "Pizza delivery driver John Walker was killed on Friday.", count: 1}},
		[]string{"Football player Brennan Weikel, 17, was injured while hunting feral hogs."}},
	// r18f: an age makes the lower-case noun after it a person's, one the
	// lexicon does not hold ("a 44-year-old lasher"), where the phrase
	// ends before its verb
	{ruleDeathOne,
		[]figureCase{{text: "A 44-year-old lasher was killed in March when a container slipped from a crane.", count: 1},
			{text: "The 19-year-old apprentice died after falling from scaffolding.", count: 1}},
		[]string{"A 44-year-old lasher was injured in March when a container slipped from a crane.",
			"A 100-year-old building was demolished in March."}},
	// r18f: a bare number whose people an aside between commas names or
	// describes before their verb ("and one, Private NAME, was killed")
	{ruleDeathPass,
		[]figureCase{{text: "Three Irish soldiers were wounded and one, Private Sean Rooney, was killed when their convoy was attacked.", count: 1},
			{text: "Four miners were rescued and one, a welder from Oruro, died underground.", count: 1}},
		[]string{"Three Irish soldiers were wounded and one, Private Sean Rooney, was flown to hospital.",
			"Four miners were rescued and one, a welder from Oruro, was treated underground."}},
	// r16: an age before two capitalised words introduces a person ("15-year-old Jaheim Walker")
	{ruleDeathOne,
		[]figureCase{{text: "Police said 15-year-old Jaheim Walker died at the scene.", count: 1},
			{text: "Fifteen-year-old Jaheim Walker was killed after a gunman opened fire.", count: 1}},
		[]string{"Police said 15-year-old Jaheim Walker was wounded at the scene."}},
	// r16: an adjective of victims that is also a noun ("male") before a plural victim noun
	{ruleDeathList,
		[]figureCase{{text: "Two of the male victims died at the hospital.", count: 2}},
		[]string{"Two of the male victims were treated at the hospital."}},
	// r16: a name set off by a comma before a speech verb is the speaker, no item of the list
	{ruleDeathOf,
		[]figureCase{{text: "In reference to the fatal shooting of 5-year-old Maleki Parker, Biehl said, officers seized guns.", count: 1}},
		[]string{"In reference to the shooting of 5-year-old Maleki Parker, Biehl said, officers seized guns."}},
	// r16: "take a toll on" is an idiom; a toll given earlier "of" a number still reads
	{ruleDeathToll,
		[]figureCase{{text: "The earthquake's death toll of 400 is expected to rise.", count: 400},
			{text: "Shelling killed at least 37 people, raising a toll given earlier in the day of 21.", count: 21}},
		[]string{"Trump's views have taken their toll on Latino support among those killed, according to a poll of 400 voters."}},
	// r16: a raising verb ("appear to", "seem to") before a death word
	{ruleDeathPass,
		[]figureCase{{text: "All four family members appear to have died from gunshot wounds.", count: 4},
			{text: "Four people appear to have been killed in the blast.", count: 4}},
		[]string{"Four people appear to have survived the blast.", "Four people appear to be injured."}},
	// r16: "a total of" between a verb of killing and its number
	{ruleDeathActive,
		[]figureCase{{text: "The attacks have killed a total of 346 people since March.", count: 346},
			{text: "The insurgents killed a total of 346.", count: 346}},
		[]string{"The attacks have injured a total of 346 people since March."}},
	// r16: a part of the deaths a day or a period owns
	{ruleDeathPass,
		[]figureCase{{text: "The flood killed 12 people on Sunday. Three of Sunday's deaths were in Dhubri.", count: 3},
			{text: "Four of the week's deaths were in Goalpara.", count: 4}},
		[]string{"Three of Sunday's visitors were from Dhubri."}},
	// r16: a person named after a title is one victim
	{ruleDeathObject,
		[]figureCase{{text: "Striking miners killed Deputy Interior Minister Rodolfo Illanes during a protest.", count: 1},
			{text: "Gunmen shot dead Police Chief John Smith on Friday.", count: 1}},
		[]string{"Gunmen wounded Police Chief John Smith on Friday.", "Striking miners kidnapped Deputy Interior Minister Rodolfo Illanes during a protest."}},
	// r16: a relative clause ends a gapped part's phrase
	{ruleDeathSubset,
		[]figureCase{{text: "Eleven miners were killed in the first blast and three others in the fire that followed.", count: 3},
			{text: "Six people died in the flood and four more in the landslide which hit the village.", count: 4}},
		[]string{"Eleven miners were injured in the blast and three others in the fire that followed."}},
	// r16b: the total of a gallery's counter is no toll
	{"gallery-counter",
		[]figureCase{{text: "Image 1 of 16 Three men died on Thursday after being shot.", count: 3}},
		[]string{"Image 6 of 12 Officers said nobody was hurt in the shooting."}},
	// r14c: an aside after "members of" a group before the death word
	{ruleDeathPass,
		[]figureCase{{text: "Four members of a family, including two children, were killed.", count: 4},
			{text: "Four members of a family, aged 3 to 40, were killed.", count: 4}},
		[]string{"Four members of the council, including two women, voted against.",
			"Four members of the family, including two children, were injured."}},
	// r14c: a part of "the victims" that a verb of being describes, after
	// a killing with no word of hurt
	{ruleDeathPass,
		[]figureCase{{text: "The attack killed 48 people. Twelve of the victims were children.", count: 12}},
		[]string{"The attack wounded 48 people. Twelve of the victims were children.",
			"Twelve of the victims were children.", "The crash injured five. Three of the victims were children."}},
	// r14c: "wanted for" names the deed a person is hunted for
	{ruleDeathActive,
		[]figureCase{{text: "Police are searching for a man wanted for killing two teenagers.", count: 2},
			{text: "He was sought for killing two guards.", count: 2}},
		[]string{"He plotted for months to kill two guards.", "He wanted to kill two teenagers."}},
	// r14c: a gerund of killing after an admission and "to" is a past act
	{ruleDeathObject,
		[]figureCase{{text: "She pleaded guilty to killing her three children.", count: 3},
			{text: "He admitted to murdering his two neighbours.", count: 2}},
		[]string{"He pleaded guilty to trying to kill two officers.", "He wanted to kill his two neighbours."}},
	// session 23: a listed noun for a person that ends its phrase is a
	// victim, though the victims' nouns do not hold every occupation
	{ruleDeathObject,
		[]figureCase{{text: "Gunmen killed a farmer, his wife and their son in an overnight raid.", count: 3},
			{text: "The blast killed a volunteer, his wife and their daughter.", count: 3}},
		[]string{"The gunman wounded a farmer and his son.", "A farmer said the gunmen killed his cattle."}},
	// r14c: a count of the dead in brackets after a place
	{ruleDeathTable,
		[]figureCase{{text: "Deaths were reported in Sindh (41), Punjab (30) and Balochistan (25).", count: 30},
			{text: "The floods killed people in Assam (22), Meghalaya (14) and Manipur (9).", count: 9}},
		[]string{"Injuries were reported in Sindh (41), Punjab (30) and Balochistan (25).",
			"Cases rose in Sindh (41), Punjab (30) and Balochistan (25).",
			"Uganda remains the largest contributor, followed by Djibouti (1,520), Kenya (1,410) and Egypt (1,091)."}},
	// r14c: a year may date the total a verb raises
	{ruleDeathToll,
		[]figureCase{{text: "Over the past week, 1,850 people died of Covid-19, bringing the total since 2020 to 1.2 million.", count: 1200000}},
		[]string{"Over the past week, 1,850 fans came, bringing the total since 2020 to 1.2 million."}},
	// r14c: a unit noun after a place's name in a toll told place by place
	{ruleDeathSubset,
		[]figureCase{{text: "In Kharkiv region, three people were killed; in Donetsk region, five.", count: 5},
			{text: "Floods killed 12 people in Kano state and 9 in Jigawa state, officials said.", count: 9}},
		[]string{"Floods destroyed 12 homes in Kano state and 9 in Jigawa state, officials said."}},
	// r14c: a list set in apposition to "the victims" takes the
	// predicate after its closing comma
	{ruleDeathList,
		[]figureCase{{text: "The victims, a 31-year-old man and a 29-year-old woman, were pronounced dead at the scene.", count: 2},
			{text: "Both victims, a man and his teenage son, died at the scene.", count: 2}},
		[]string{"The victims, a 31-year-old man and a 29-year-old woman, were taken to hospital.",
			"The suspects, two men and a woman, were arrested.", "The victims, a man and a woman, were shot and wounded."}},
	// r14c: a flood or a sinking drowns its victims
	{ruleDeathActive,
		[]figureCase{{text: "The dinghy sank off Lesbos, drowning six people.", count: 6},
			{text: "Flash floods swept through the valley and drowned 14 villagers.", count: 14}},
		[]string{"The floods drowned 40 cattle.", "He was accused of drowning two kittens."}},
	// r14c: a participle of hurt or capture may modify the victims a
	// killing counts
	{ruleDeathActive,
		[]figureCase{{text: "The militants executed 12 captured soldiers, the army said.", count: 12},
			{text: "Troops killed two wounded militants.", count: 2}},
		[]string{"Police arrested 12 armed men.", "Medics treated 12 wounded soldiers."}},
	// r14c: "among those who died" names the dead as "among the dead" does
	{ruleDeathPass,
		[]figureCase{{text: "Three sisters were among those who died.", count: 3},
			{text: "Two guards were among those who were killed in the raid.", count: 2}},
		[]string{"Three sisters were among those injured.", "Five teachers were among those who attended the vigil."}},
	// r14c: a killing event's toll named by its possessive
	{ruleDeathToll,
		[]figureCase{{text: "Officials now estimate the quake's toll at 59,000.", count: 59000},
			{text: "The outbreak's toll stood at 212 by Friday.", count: 212}},
		[]string{"The war's toll on the economy is estimated at 300 billion dollars.",
			"The storm's toll on the harvest reached 40 percent.", "The company's toll rose to 30."}},
	// r14c: a count between "the" and "dead" before "included"
	{ruleDeathPass,
		[]figureCase{{text: "The 34 dead included 12 women, officials said.", count: 12},
			{text: "Among the 34 dead were 12 women.", count: 12}},
		[]string{"The 34 wounded included 12 women.", "The 34 members included 12 women."}},
	// r14c: deaths of hunger, cold and bleeding told with "to death"
	{ruleDeathList,
		[]figureCase{{text: "At least 250 people have starved to death in the camp since January.", count: 250},
			{text: "At least 12 people froze to death in the cold snap.", count: 12}},
		[]string{"At least 250 people are starving in the camp.", "Twelve people were frozen out of the talks."}},
	// r14c: a part of the toll that an owner's people name
	{ruleDeathSubset,
		[]figureCase{{text: "The strike killed 31 guests, among them four of the groom's brothers.", count: 4},
			{text: "The blast killed 20 people, including three of his bodyguards.", count: 3}},
		[]string{"The blast injured 20 people, including three of his bodyguards.",
			"The strike destroyed 31 houses, including four of his cars."}},
	// r14c: victims whose families, funerals or coffins the sentence names
	{ruleDeathAdj,
		[]figureCase{{text: "Funerals of the three victims were held on Sunday.", count: 3},
			{text: "The families of the 11 victims of the blast were given compensation.", count: 11}},
		[]string{"The four victims were taken to hospital with gunshot wounds.",
			"The families of the 14 victims of the fraud scheme sued the bank.",
			"The parents of the two victims spoke at the hearing."}},
	// r14c: the missing after a verb of becoming count in the figure too
	{ruleDeathList,
		[]figureCase{{text: "At least 40 people were killed and 12 went missing in the floods.", count: 40}},
		[]string{"More than 1,100 people have died or gone missing on the route since January.",
			"At least 40 people were killed or went missing in the floods.", "Some 300 migrants died or are missing, the agency said."}},
	// r14c: the rank of a death in a running count of a place or a year
	{ruleDeathRunning,
		[]figureCase{{text: "The killings were the city's 45th and 46th homicides this year, according to police.", count: 46},
			{text: "Ortiz was the county's 19th homicide victim of the year, the sheriff's office said.", count: 19},
			{text: "The death was the town's third homicide of 2023.", count: 3}},
		[]string{"Sims has been charged with the January 7th murder of Tolitha Bowman.",
			"Jury still out on man's 2nd murder trial for the fatal shooting.",
			"The 5th murder suspect was arrested in March.",
			"This is the 83rd homicide investigation by the police department."}},
	// r14c: an age bound in a fronted part is no count of its own
	{ruleDeathSubset,
		[]figureCase{{text: "Of the dead, 171 were women and 58 were children under 15.", count: 58},
			{text: "Of the 40 dead, 22 were women and 11 were over 70.", count: 11}},
		[]string{"Of the injured, 171 were women and 58 were children under 15."}},
	// r14c: a gapped count verb after "has", and a place after "and" in
	// the figure's own sentence: "and Uganda has confirmed 12"
	{ruleDeathGapped,
		[]figureCase{{text: "Kenya has reported 30 cholera deaths, and Uganda has confirmed 12.", count: 12},
			{text: "Sicily had 14 heat deaths. Puglia has reported nine.", count: 9}},
		[]string{"Kenya has reported 30 cholera cases, and Uganda has confirmed 12."}},
	// r14c: a multiple before "the" compares the toll with an earlier one
	{ruleDeathCompare,
		[]figureCase{{text: "Dengue deaths this year have reached 96, nearly double the 52 recorded in the same period last year.", count: 52},
			{text: "Road deaths rose to 310, three times the 100 reported a decade ago.", count: 100}},
		[]string{"The county recorded 96 dengue cases, nearly double the 52 recorded last year.",
			"The storm damaged 40 homes, twice the 20 reported last year."}},
	// r14c: a later figure of the same count after "and" with its verb
	// left out, a figure noun a revision verb raises after its
	// auxiliary, and a bare toll with its earlier figure between
	{ruleDeathToll,
		[]figureCase{{text: "The death toll rose to 40 on Monday and to 52 on Tuesday.", count: 52},
			{text: "The toll was raised to seven and, by Sunday, to 11.", count: 11},
			{text: "Police reported four deaths. The figure was later raised to seven.", count: 7},
			{text: "The toll, first put at 12, was revised to 19 as bodies were recovered.", count: 19}},
		[]string{"The company's toll rose to 30 percent and then to 45 percent.",
			"The toll of the strike, 40 jobs, was revised to 60 and then to 80.",
			"The army raised its alert level to 3 and then to 4."}},
	// r14c: the items of a table of the dead, under a heading that opens
	// with a noun of death and ends with a colon
	{ruleDeathTable,
		[]figureCase{{text: "Fatalities by province: Herat 40; Badghis 12.", count: 12},
			{text: "Deaths by region, as of Sunday:\nNorth: 51\nSouth (including the capital): 47\nEast: 22", count: 47}},
		[]string{"Cases by state: Borno 112; Yobe 38; Adamawa 21.", "Injuries by region:\nNorth: 51\nSouth: 47",
			"Deaths and injuries by district:\nSindh: 40\nPunjab: 12", "Votes by state: Ohio 112; Iowa 38.",
			".\nKilled: 5"}}, // a line that is only a full stop once read before the text (fuzz)
	// r14c: a place's share of the dead after "accounted for", and the
	// later shares whose verb is left out: "Nangarhar for 98"
	{ruleDeathSubset,
		[]figureCase{{text: "Kunar accounted for 1,291 of the dead, Nangarhar for 98 and Laghman for 23, officials said.", count: 98},
			{text: "Of the 60 dead, Oromia accounted for about 35, Amhara for 20 and Tigray for five.", count: 5}},
		[]string{"Exports to Germany accounted for 40 percent, France for 30 and Italy for 20.",
			"Kano accounted for 40 of the 300 homes destroyed by the floods, Yobe for 90."}},
	{ruleDeathPass,
		[]figureCase{{text: "Of the 96 deaths, Sindh accounted for 41, the ministry said.", count: 41},
			{text: "Of the 210 people killed, 88 were in Kharkiv.", count: 88}},
		[]string{"Of the 35 people injured, 20 were children.", "Of the 12 people arrested, 5 were women."}},
	// r14c: a verb of estimating whose object is "the number of" the dead
	// with its own words: "put the number of flood deaths at 230"
	{ruleDeathToll,
		[]figureCase{{text: "Local officials put the number of flood deaths at 230 on Friday.", count: 230},
			{text: "The UN put the total of civilians killed in the offensive at 1,400.", count: 1400}},
		[]string{"The agency put the number of people injured at 40.", "Police put the number of protesters at 5,000.",
			"The ministry put the number of heat deaths at 12 percent above the average."}},
	// r13b: a comma standing for the verb after a place, a region no
	// gazetteer lists too: "nine deaths and Opole, seven"
	{ruleDeathGapped,
		[]figureCase{{text: "Lower Silesia reported nine deaths and Opole, seven, according to the interior ministry.", count: 7},
			{text: "Puglia reported nine deaths and Lazio, seven.", count: 7}},
		[]string{"Lower Silesia reported nine floods and Opole, seven.", "The hospital reported nine injuries and Opole, seven."}},
	// r13b: a bare "tally" beside killing words is a toll, and a present
	// estimate ("is thought to exceed") gives its number
	{ruleDeathToll,
		[]figureCase{{text: "The tally of civilians killed since the war began is thought to exceed 100,000.", count: 100000},
			{text: "The death toll is believed to exceed 2,000, aid agencies say.", count: 2000}},
		[]string{"The death toll is expected to exceed 150,000.", "The final tally reached 3,000 votes after the recount.",
			"The vote tally is thought to exceed 150,000."}},
	// r13b: "eliminated" kills armed men only (combatant-kill, combatant);
	// "operatives" are people a killing counts
	{ruleDeathActive,
		[]figureCase{{text: "Troops eliminated 16 suspected militants in the raid.", count: 16},
			{text: "The Revolutionary Guards said they had eliminated 15 operatives of the group.", count: 15},
			{text: "The army said it had killed 12 operatives in the raid.", count: 12},
			{text: "The Israeli military said it had eliminated 15 Hamas operatives in the operation.", count: 15}},
		[]string{"The judges eliminated two candidates in the first round.", "The army vowed to eliminate 20 militants.",
			"The company eliminated 19 jobs in the restructuring."}},
	// session 8 probe: a bare count after a killing verb that a
	// preposition or a subordinator ends ("killing nine before he was
	// arrested"), and a noun for people of any kind after it ("left seven
	// candidates dead")
	{ruleDeathActive,
		[]figureCase{{text: "The gunman opened fire on worshippers, killing nine before he was arrested.", count: 9},
			{text: "The bombers struck twice, killing 12 with a lorry packed with explosives.", count: 12},
			{text: "Violence during the campaign left at least seven candidates dead.", count: 7}},
		[]string{"The hunters were killing 30 ducks over the lake.",
			"The campaign left seven candidates short of the threshold."}},
	// a verb that costs or takes lives before "N lives"
	{ruleDeathActive,
		[]figureCase{{text: "The insurgency has cost more than 40,000 lives since 2009.", count: 40000},
			{text: "The crash took 12 lives on the motorway.", count: 12}},
		[]string{"The plan could cost 40,000 lives, experts warned.", "The closure cost 400 jobs.",
			"The new vaccine saved 2,000 lives."}},
	// an aside of what most victims were, "mostly women and children",
	// and ages after "aged" or "ages" between the victims and their verb
	{ruleDeathPass,
		[]figureCase{{text: "Officials said 30 people, mostly women and children, were killed in the avalanche.", count: 30},
			{text: "Two brothers aged 9 and 12 drowned in the river.", count: 2},
			{text: "Four children, ages 4, 6 and 9, died in the fire.", count: 4}},
		[]string{"Officials said 30 people, mostly women and children, were injured in the avalanche.",
			"Two brothers aged 9 and 12 were rescued from the river.", "Four children, aged 4, were hurt."}},
	// killings of massacres and mob violence, a plural noun for people in
	// an agent suffix, and a death word the army's communiqué is quoted for
	{ruleDeathPass,
		[]figureCase{{text: "Five villagers were beheaded by the militants.", count: 5},
			{text: "The government said 23 FARC dissidents died in a bombing raid.", count: 23},
			{text: `The army said 100 jihadists were "neutralised" in airstrikes.`, count: 100}},
		[]string{"Five villagers were questioned by the militants.", "The government said 23 FARC dissidents fled the raid.",
			`The army said 40 fighters were "wounded" in the raid.`}},
	{ruleDeathActive,
		[]figureCase{{text: "The jihadists beheaded five villagers and burned their homes.", count: 5},
			{text: "A mob lynched two men accused of theft.", count: 2}},
		[]string{"The jihadists kidnapped five villagers and burned their homes.", "A mob chased two men accused of theft."}},
	// "another", "a further" between a killing verb and its count
	{ruleDeathActive,
		[]figureCase{{text: "The violence killed another 12 people on Sunday.", count: 12},
			{text: "Shelling killed a further five civilians in the town.", count: 5}},
		[]string{"The storm injured another 12 people on Sunday.", "Shelling hit a further five houses in the town."}},
	// "lay dead" is a verb of death; "counted" finds bodies
	{ruleDeathPass,
		[]figureCase{{text: "Gunfire erupted near the stadium, and by nightfall 14 people lay dead.", count: 14}},
		[]string{"Gunfire erupted near the stadium, and by nightfall 14 people lay awake."}},
	// "counted" is no verb that finds bodies: "two bodies had been counted twice"
	{ruleDeathAdj,
		[]figureCase{{text: "Rescuers recovered 23 bodies at the mine.", count: 23}},
		[]string{"Officials found that two bodies had been counted twice in the tally."}},
	// more verbs of a running count: "deaths doubled to 52"
	{ruleDeathToll,
		[]figureCase{{text: "Cholera deaths in the camps doubled to 52 in a fortnight.", count: 52}},
		[]string{"Cholera cases in the camps doubled to 52 in a fortnight."}},
	// round 10a: a side's own losses given "as" a number, beside killing
	// words just before
	{ruleDeathToll,
		[]figureCase{{text: "The army now says 17 soldiers died in the attack. An earlier army statement had given its losses as 11.", count: 11}},
		[]string{"The firm reported record sales. It had given its losses as 11 in the filing.",
			"The rebels listed their losses as 11 tanks."}},
	// round 10a: an active verb of killing whose victims are two counted
	// groups joined by "and" kills their sum, the groups being its parts
	{ruleDeathActive,
		[]figureCase{{text: "Separatist gunmen killed six soldiers and two construction workers in an attack on a road project.", count: 8},
			{text: "The blast killed 12 soldiers and three civilians on Monday.", count: 15},
			{text: "The blast killed 12 soldiers and three civilians were wounded.", count: 12}},
		[]string{"Gunmen wounded six soldiers and two construction workers in an attack on a road project.",
			"The blast injured 12 soldiers and at least three civilians on Monday."}},
	{ruleDeathSubset,
		[]figureCase{{text: "Separatist gunmen killed six soldiers and two construction workers in an attack on a road project.", count: 2},
			{text: "The blast killed 12 soldiers and at least three civilians on Monday.", count: 3}},
		[]string{"The blast killed no one; 12 soldiers and three civilians were wounded."}},
	// round 10a: a word of hurt right before the victims' noun describes
	// them; the verb of dying after still counts them: "two wounded men died"
	{ruleDeathPass,
		[]figureCase{{text: "The army raised the figure to six after two wounded men died while being flown to Timika.", count: 2},
			{text: "Two injured passengers died overnight in hospital.", count: 2}},
		[]string{"Two wounded men were taken to hospital.", "Police said two injured men were arrested."}},
	// round 10a: a part of a toll joined by "and" with a hedge before its
	// number, "17 soldiers and at least 30 assailants died"
	{ruleDeathSubset,
		[]figureCase{{text: "The army now says 17 soldiers and at least 30 assailants died in the attack on the post.", count: 30},
			{text: "Officials said four soldiers and about 20 gunmen were killed in the clash.", count: 4}},
		[]string{"The army now says 17 soldiers and at least 30 assailants were wounded in the attack on the post.",
			"Officials said four police officers and about 20 gunmen were arrested after the clash."}},
	// round 10b: people a loss verb loses "to" a cause of death are dead
	{ruleDeathActive,
		[]figureCase{{text: "The mayor said his city had lost four residents to overdoses this year.", count: 4},
			{text: "The county has lost 12 people to gun violence since January.", count: 12}},
		[]string{"The team lost two players to injury before the final.",
			"The city lost 400 residents to Atlanta last year.",
			"The party lost four seats to Labour."}},
	// session 10: people a loss verb loses "in" an event of death died
	// in it; a game, a seat or a vote is no such event
	{ruleDeathActive,
		[]figureCase{{text: "The battalion lost 40 men in the battle for the bridge.", count: 40},
			{text: "The company lost eight staff in the fire, its chief said.", count: 8}},
		[]string{"The club lost eight players in the transfer window.",
			"The party lost four members in the vote on Tuesday."}},
	// round 10b: names in an apposition to a counted item are its members,
	// and so are the names joined to them: 2, not 3; a bare noun joined
	// after them is another victim
	{ruleDeathList,
		[]figureCase{{text: "Two of the children, Mateo Ruiz, 8, and Lily Chen, 9, died at the scene.", count: 2},
			{text: "Two of the victims, Monte Cole, 24, and Dante Reyes, 29, were pronounced dead at the scene.", count: 2},
			{text: "Two children, Mateo Ruiz, 8, and a woman, Lily Chen, 39, died at the scene.", count: 3}},
		[]string{"Two of the children, Mateo Ruiz, 8, and Lily Chen, 9, were hurt at the scene."}},
	// round 9b: a place's bare number in a list that a death figure opens
	{ruleDeathGapped,
		[]figureCase{{text: "Texas recorded 14 deaths, Arizona nine and Nevada seven.", count: 9},
			{text: "Sicily reported 12 deaths and Calabria five.", count: 5},
			{text: "Sicily had the most, with 14 deaths since Sunday. Calabria recorded six and Sardinia two.", count: 6}},
		[]string{"Texas recorded 14 injuries, Arizona nine and Nevada seven.",
			"The storm closed 14 schools in Texas, Arizona nine and Nevada seven.",
			"Sicily had 14 injuries. Calabria recorded six new cases on Monday."}},
	// round 9b: a violent verb whose object is dead only with "to death"
	// or "dead" after it, "stabbed his partner and her brother to death"
	{ruleDeathObject,
		[]figureCase{{text: "A man who stabbed his former wife and her father to death in Hull has been jailed for life.", count: 2},
			{text: "Police said he shot his wife and her son dead on Sunday.", count: 2}},
		[]string{"A man who stabbed his former wife and her father in Hull has been jailed.",
			"He shot his wife and her son in the legs.", "She beat her rivals to the title."}},
	// round 8a: a second source's figure for a toll of its sentence given
	// as "put it at"
	{ruleDeathToll,
		[]figureCase{{text: "Local officials said the death toll was 52, but the army put it at 31.", count: 31},
			{text: "Floods killed dozens in the valley. Local officials said the toll had risen to 52; the army put it at 31.", count: 31}},
		[]string{"The toll on the bridge rose to 5 pounds, but the ministry put it at 3.",
			"The company said the price was 52, but the regulator put it at 31."}},
	// round 8a: the figure a toll rose from, after a comma that a short
	// phrase of time puts between: "rose to 2,300 on Wednesday, from 1,900"
	{ruleDeathCompare,
		[]figureCase{{text: "The toll from the quake rose to 2,300 on Wednesday, from 1,900 a day earlier.", count: 1900},
			{text: "The death toll climbed to 61 late on Monday, from 48 on Sunday.", count: 48}},
		[]string{"The price of wheat rose to 2,300 on Wednesday, from 1,900 a day earlier.",
			"The number of cases rose to 61 late on Monday, from 48 on Sunday."}},
	// round 8a: "the number of" the dead far before the verb of change that
	// gives their count, a force's own losses ("it had lost") among them
	{ruleDeathToll,
		[]figureCase{{text: "The army said the number of soldiers it had lost on the eastern border since January had reached 212.", count: 212},
			{text: "The number of people who have died in the eastern provinces since the rains began has risen to 40.", count: 40}},
		[]string{"The number of jobs it had lost since January had reached 212.",
			"The number of soldiers it had sent to the eastern border since January had reached 212.",
			"The number of people injured in the eastern provinces since the rains began has risen to 40."}},
	// round 8a: a share of the victims without a number set off by commas
	// ("most of them women") is stepped over to the verb of dying
	{ruleDeathPass,
		[]figureCase{{text: "In July 2024, 121 people, most of them women, died in a crush at a prayer meeting.", count: 121},
			{text: "Forty migrants, many of whom were children, drowned off the coast.", count: 40}},
		[]string{"In July 2024, 121 people, most of them women, were arrested at a prayer meeting.",
			"Forty migrants, many of them children, reached the coast."}},
	// session 11: a share with a number ("six of them children") is
	// stepped over too; the share is a figure of its own (r18f: by the
	// number rule, which now steps over it as over "most of them")
	{ruleDeathPass,
		[]figureCase{{text: "Ten people, six of them children, were killed when a hillside collapsed.", count: 10}},
		[]string{"Ten people, six of them children, were rescued when a hillside collapsed."}},
	{ruleDeathSubset,
		[]figureCase{{text: "Ten people, six of them children, were killed when a hillside collapsed.", count: 6}},
		[]string{"Ten people, six of them children, were rescued when a hillside collapsed."}},
	// r18f: the share with a number is stepped over where the people are
	// no list's ("members of one family"), so the number before them dies
	{ruleDeathPass,
		[]figureCase{{text: "Three members of one family, two of them children, were killed when a van and a truck collided.", count: 3},
			{text: "Six members of a police patrol, four of whom were conscripts, died in the ambush.", count: 6}},
		[]string{"Three members of one family, two of them children, were injured when a van and a truck collided.",
			"Six members of a police patrol, four of whom were conscripts, were captured in the ambush."}},
	// round 8a: "devotees" are people a death figure counts
	{ruleDeathPass,
		[]figureCase{{text: "Seven devotees were killed in a crush at the temple.", count: 7}},
		[]string{"Seven devotees were injured in a crush at the temple.", "Seven hundred devotees climbed to the temple."}},
	// round 8a: the figure a verb raises or brings the sentence's count of
	// the dead to, named "the figure", "the (national) total"
	{ruleDeathToll,
		[]figureCase{{text: "The agency first reported 17 deaths, then raised the figure to 27 as coroners arrived.", count: 27},
			{text: "Monitors said 40 people were killed on Monday, bringing the national total to 310.", count: 310},
			{text: "The group listed 95 people killed this week, bringing the total it has recorded since the war began to more than 2,400.", count: 2400},
			{text: "The group listed 95 people killed since October 26, bringing the total it has recorded to 2,400.", count: 2400}},
		[]string{"The agency first reported 17 arrests, then raised the figure to 27 as detectives arrived.",
			"The storm killed nobody, but it brought the total to 40 districts.",
			"Monitors said 40 people were injured on Monday, bringing the total to 310.",
			"Monitors said 40 people were arrested on Monday, raising the figure to 310."}},
	// round 8a: a bare toll named by a place between "the" and "toll",
	// after killing words earlier in the text
	{ruleDeathToll,
		[]figureCase{{text: "Floods killed dozens across the country. By night, the Red Cross said the Mai Mahiu toll had risen to 61.", count: 61}},
		[]string{"The Dartford Crossing toll rose to 3 on Friday.",
			"The Severn Bridge toll rose to 7 in January."}},
	// round 7a: a second source's figure for the dead of the sentence,
	// after "put (estimated) the number (figure) at"
	{ruleDeathToll,
		[]figureCase{{text: "Rebels said 60 of their fighters were killed, while the army put the number at 112.", count: 112},
			{text: "Local officials said 14 people died, but the monitor estimated the figure at about 30.", count: 30}},
		[]string{"The ministry put the number at 112 after the census.",
			"The deadly storm flattened homes.\nThousands fled, and aid groups put the number at 40,000.",
			"Nobody was killed, and the army put the number at 112 trucks.",
			"The blast killed nobody; officials put the number of wounded at 40."}},
	// round 7a: a side's own dead given as its losses "at" a number,
	// beside killing words; without them, or before a noun, it is no toll
	{ruleDeathToll,
		[]figureCase{{text: "Baku said 192 of its soldiers died; Armenian officials put their own losses at about 200.", count: 200},
			{text: "Fighting killed dozens, the army said. Its losses stood at 45, it said.", count: 45}},
		[]string{"The company put its losses at 200.",
			"The regiment put its losses at 40 tanks in the deadliest week of the war.",
			"The firm put its losses at 12 million dollars after the deadly fire."}},
	// round 7a: a body's name before the victims' noun, with a possessive
	// or several words inside it, is stepped over as a place's is
	{ruleDeathPass,
		[]figureCase{{text: "Ten New People's Army rebels and three soldiers were killed in a clash on Saturday.", count: 13},
			{text: "Five Kurdistan Workers' Party fighters were killed near the border.", count: 5}},
		[]string{"Ten New People's Army rebels and three soldiers were arrested on Saturday.",
			"Ten New People's Army camps were destroyed in the raid."}},
	// a toll that rises above a number, or past a hedge: "rose above
	// 23,000", "climbed over 1,000"
	{ruleDeathToll,
		[]figureCase{{text: "The death toll from the earthquake rose above 23,000 on Thursday.", count: 23000},
			{text: "The death toll climbed over 1,000 on Thursday, officials said.", count: 1000}},
		[]string{"The price of oil rose above 90 dollars on Thursday.", "The number of patients climbed over 1,000 on Thursday."}},
	// the figure a toll came from after "up from" or "down from", and a
	// "cumulative" toll, like an "overall" one, is the dead's
	{ruleDeathToll,
		[]figureCase{{text: "The cumulative toll is up from 356 a week ago.", count: 356},
			{text: "The death toll was down from 29 after two bodies were counted twice.", count: 29}},
		[]string{"The cumulative toll of injuries is up from 356 a week ago.", "Ticket prices are up from 356 a week ago.",
			"Cumulative sales are up from 356 a week ago."}},
	// round 6a: a bare "toll" after a paragraph of the dead is theirs
	{ruleDeathToll,
		[]figureCase{{text: "The number of people killed in a week of fighting has passed 1,100, a monitor said.\nThe monitor said the dead included many civilians. It said most had been shot by gunmen.\nThe health ministry gave a far lower toll of 260 but has not updated it.", count: 260}},
		[]string{"Crews repaired the bridge over the winter. It reopened in May.\nThe operator has set a toll of 4 for cars.",
			"The storm flooded 40 homes.\nOfficials said the economic toll of 260 closures would be high."}},
	// round 9a: a part of a toll that names one attack after "in":
	// "including 12 in a single strike"; a part in a hospital or of the
	// injured is none
	{ruleDeathSubset,
		[]figureCase{{text: "Drone strikes killed at least 31 civilians over the week, including 12 in a single strike on a block of flats.", count: 12},
			{text: "Shelling has killed 40 people this month, including nine in one Russian attack on a market.", count: 9}},
		[]string{"Police arrested 31 people over the week, including 12 in a single raid on a market.",
			"Drone strikes injured 31 civilians over the week, including 12 in a single strike on a block of flats."}},
	// r23b: the part of a toll after "of them" may name one attack as
	// well as a place: "four of them in an ambush"; "in an" opens it too
	{ruleDeathSubset,
		[]figureCase{{text: "Seven peacekeepers have been killed in the region since January, four of them in an ambush near the border.", count: 4},
			{text: "Gunmen have killed 23 villagers this year, nine of them in one raid on a market.", count: 9},
			{text: "Shelling has killed 40 people this month, including nine in an attack on a market.", count: 9}},
		[]string{"Seven peacekeepers have been wounded in the region since January, four of them in an ambush near the border.",
			"Police have arrested 23 villagers this year, nine of them in one raid on a market."}},
	// r23b: "Of the N people killed" may have a phrase of place or time
	// before its comma ("in the stampede", "on Sunday"); the part after
	// the comma is still one of the dead
	{ruleDeathPass,
		[]figureCase{{text: "Of the 58 people killed in the stampede, 41 were women, the police said.", count: 41},
			{text: "Of the 30 people killed on Sunday, 12 were women.", count: 12}},
		[]string{"Of the 58 people injured in the stampede, 41 were women, the police said.",
			"Of the 58 people rescued in the flood, 41 were women."}},
	// r23b: a loss verb's number counts "of its own men", a force's own
	// personnel, as it counts "14 soldiers"; games, staff or men lost
	// "to" something else are none
	{ruleDeathActive,
		[]figureCase{{text: "The army said it had lost seven of its own men in the counter-offensive.", count: 7},
			{text: "The rebels said they had lost 12 of their fighters near the dam.", count: 12}},
		[]string{"The team lost seven of its games this season.",
			"The club lost three of its men to injury before the final."}},
	// round 6a: each counted item of a list that "the dead included" opens,
	// and "the figure" that stands for them in the sentence after
	{ruleDeathSubset,
		[]figureCase{{text: "The monitor said the dead included 427 Druze fighters, 298 Druze civilians and 354 members of the security forces.", count: 354},
			{text: "Those killed included 12 soldiers, five police officers and a nurse.", count: 5}},
		[]string{"The team included 427 players, 298 coaches and 354 members of the staff.",
			"The dead included a man who had fled 40 years ago."}},
	{ruleDeathToll,
		[]figureCase{{text: "The monitor said the dead included 427 fighters and 298 civilians. The figure stood at 940 on Friday.", count: 940}},
		[]string{"The squad included 427 players and 298 coaches. The figure stood at 940 on Friday."}},
	// a running count named by a count noun after a death noun
	{ruleDeathToll,
		[]figureCase{{text: "The city's homicide count rose to 61 with the shooting.", count: 61},
			{text: "The shooting pushed the homicide total to 61 this year.", count: 61}},
		[]string{"The city's homicide clearance count rose to 61 this year."}},
	// a force's "losses" raised to a figure in a sentence of killing
	{ruleDeathToll,
		[]figureCase{{text: "The military said three of its soldiers were killed on Wednesday, raising its losses in the ground campaign to 452.", count: 452}},
		[]string{"The firm said its losses rose to 452 million last year.", "The club's losses climbed to 45 this season."}},
	// a verb that brings "the number of" the dead to a figure across a long
	// phrase: "bringing the number of weather-related deaths in the two
	// regions this week to 37"
	{ruleDeathToll,
		[]figureCase{{text: "Three people drowned near Tingo Maria, bringing the number of weather-related deaths in the two regions this week to 37.", count: 37},
			{text: "The deaths bring the number of homicide victims in the city to 19 so far this year.", count: 19}},
		[]string{"The storm hit Tingo Maria, bringing the number of people evacuated in the two regions this week to 3,700.",
			"The storm hit Tingo Maria, bringing the number of people injured in the two regions this week to 37."}},
	// "the number of <victims> killed ... has reached 61"
	// "the number of people who have died ... has risen to 40": a verb of
	// dying in the relative clause of the counted people
	{ruleDeathToll,
		[]figureCase{{text: "The number of people who have died in the heatwave has risen to 40.", count: 40},
			{text: "The number of those who died has climbed to 40.", count: 40}},
		[]string{"The number of people who were injured has climbed to 40.", "The number of people who fled has climbed to 40."}},
	{ruleDeathToll,
		[]figureCase{{text: "The number of soldiers killed this year has reached 61, the army said.", count: 61}},
		[]string{"The number of soldiers wounded this year has reached 61.", "The number of soldiers trained this year has reached 61."}},
	// "it" for the toll of the sentence before: "it had stood at 4,900"
	{ruleDeathToll,
		[]figureCase{{text: "The death toll climbed to 5,400 on Sunday. A day earlier it had stood at 4,900.", count: 4900}},
		[]string{"The price of wheat climbed to 540 dollars on Sunday. A day earlier it had stood at 490."}},
	// "it" for a bare toll the sentence before gave a figure: "put the
	// toll at 21. ... it had climbed to 28"
	{ruleDeathToll,
		[]figureCase{{text: "On Sunday evening the civil defence office put the toll at 21. By Monday night it had climbed to 28.", count: 28}},
		[]string{"On Sunday evening the office put the price at 21. By Monday night it had climbed to 28.",
			"On Sunday evening the office put the rent at 21 dollars. By Monday night it had climbed to 28."}},
	// "that figure" for a death figure of the sentence before
	{ruleDeathToll,
		[]figureCase{{text: "The agency first said 11 people had died. By Wednesday night that figure had risen to 19.", count: 19}},
		[]string{"The agency first said 40 people were hurt. By Wednesday night that figure had risen to 52."}},
	// a force that lost its own personnel: "had lost 14 soldiers"
	{ruleDeathActive,
		[]figureCase{{text: "South Africa, which had lost 14 soldiers in the fighting, brought its troops home.", count: 14}},
		[]string{"The company lost 200 workers to layoffs last year.", "The team lost 3 games in a row."}},
	// a part of the dead: "87 of the dead had been recovered"
	{ruleDeathPass,
		[]figureCase{{text: "He said 87 of the dead had been recovered in Kerr County alone.", count: 87}},
		[]string{"He said 87 of the injured had been taken to hospital in Kerr County alone."}},
	// round 6a: a state's adjective may stand before the dead of the part
	{ruleDeathPass,
		[]figureCase{{text: "Eleven of the Thai dead were killed in Sisaket province.", count: 11},
			{text: "Eleven of the American dead were buried at Arlington.", count: 11}},
		[]string{"Eleven of the Thai players were injured in Sisaket province.", "Eleven of the Thai wounded were flown to Bangkok."}},
	// a part of a counted group a wounding participle describes, which has
	// since died: "one of the four people shot in the attack died"
	{ruleDeathPass,
		[]figureCase{{text: "One of the four people shot in the attack died in hospital.", count: 1},
			{text: "Two of the three teenagers shot on Friday have died.", count: 2}},
		[]string{"Two of the three men shot by police were charged with murder.", "One of the four people shot and a man who fled were named."}},
	// a part of the hurt who have since died: "five of the injured died"
	{ruleDeathPass,
		[]figureCase{{text: "The toll rose on Monday after five of the injured died in hospital.", count: 5},
			{text: "Two of the wounded have since died, the hospital said.", count: 2}},
		[]string{"Five of the injured were flown to the capital.", "Five of the injured could die, doctors warned."}},
	// a part of victims named by their owner: "24 of the country's citizens"
	{ruleDeathPass,
		[]figureCase{{text: "Health officials said 24 of the country's citizens had died in the clashes.", count: 24}},
		[]string{"Health officials said 24 of the country's citizens had been injured in the clashes."}},
	{ruleDeathPass,
		[]figureCase{{text: "Five people were killed in the shelling.", count: 5},
			{text: "At least 106 protesters in 21 cities have been killed.", count: 106},
			{text: "Two teenagers with the youth club were shot dead on Friday.", count: 2},
			{text: "Two people have been shot, one of them fatally, in the east of the city.", count: 1}},
		[]string{"Thirty people were injured and 12 were arrested.", "Four people were shot outside the bar; none of the wounds were fatal."}},
	// "half a million" and "half a dozen" are numbers in words
	{ruleDeathActive,
		[]figureCase{{text: "The civil war killed more than half a million people, the monitor said.", count: 500000},
			{text: "The shelling killed half a dozen people in the square.", count: 6}},
		[]string{"The flood cost half a million dollars.", "Half of the soldiers were wounded."}},
	// r16a: "a quarter of a million" is 250,000, not "a million"
	{ruleDeathActive,
		[]figureCase{{text: "The famine killed a quarter of a million people, the agency said.", count: 250000}},
		[]string{"The flood cost a quarter of a million dollars.", "A quarter of the soldiers were wounded."}},
	// executions and massacres kill their objects: "executed 11 hostages"
	{ruleDeathActive,
		[]figureCase{{text: "Militants executed 11 hostages on Sunday.", count: 11},
			{text: "The junta executed four activists in July.", count: 4},
			{text: "Gunmen massacred 40 villagers near the river.", count: 40}},
		[]string{"Police executed 3 search warrants on Tuesday.", "The court executed 12 orders last week."}},
	// "shot dead" takes its victims as object; combatants are victims
	{ruleDeathActive,
		[]figureCase{{text: "Rebels shot dead 14 passengers after stopping the bus.", count: 14},
			{text: "Fighting killed 300 combatants on both sides over the weekend.", count: 300}},
		[]string{"Rebels shot 14 passengers after stopping the bus.", "Fighting displaced 300 combatants' families."}},
	// "martyred", the word of South Asian and Arab military statements, is
	// a death, and its soldiers no troops
	{ruleDeathPass,
		[]figureCase{{text: "Nine Pakistani soldiers were martyred in the attack, the military said.", count: 9}},
		[]string{"Nine Pakistani soldiers were honoured in the ceremony, the military said."}},
	// an inverted "Among the dead were" before the victims
	{ruleDeathPass,
		[]figureCase{{text: "Among the dead were five former FARC fighters who had signed the deal.", count: 5},
			{text: "Among the dead were five soldiers.", count: 5}},
		[]string{"Among the guests were five ministers.", "Among the injured were five soldiers."}},
	// "the dead included" before the victims, as "Among the dead were"
	{ruleDeathPass,
		[]figureCase{{text: "The dead included 11 children and a nurse, the health directorate said.", count: 11},
			{text: "Officials said those killed include two brothers, aged 19 and 22.", count: 2}},
		[]string{"The injured included 11 children.", "The guests included two ministers.", "The dead included a nurse and 11 goats."}},
	// "12 of the deaths" is a part of the dead, as "12 of the dead" is
	{ruleDeathPass,
		[]figureCase{{text: "The commission said 12 of the deaths occurred in Nairobi.", count: 12}},
		[]string{"Police said 12 of the injured were in Nairobi.", "The report said 12 of the cases occurred in Nairobi."}},
	// a modifier before the noun of death in the partitive: "412 of the
	// excess deaths"; a group before a participle is people, not the dead
	{ruleDeathPass,
		[]figureCase{{text: "The institute attributed 412 of the excess deaths to Andalusia.", count: 412}},
		[]string{"The institute attributed 412 of the excess admissions to Andalusia.", "The clinic said 40 of the reported injuries were burns."}},
	// a partitive of the dead that opens the sentence: "Of the deaths, 298 ..."
	{ruleDeathPass,
		[]figureCase{{text: "Of the deaths, 298 occurred in health facilities.", count: 298},
			{text: "Of those killed, 12 were children, the ministry said.", count: 12},
			{text: "Of the 27 dead, 19 were women.", count: 19},
			{text: "Nineteen of the 27 dead were women.", count: 19}},
		[]string{"Of the injured, 12 were children.", "Of the cases, 298 occurred in health facilities.", "Of the dead, 12 were injured before."}},
	// officials, lawmakers and diplomats are people a figure counts
	{ruleDeathActive,
		[]figureCase{{text: "Its fighters killed more than 50 government officials and soldiers.", count: 50},
			{text: "The strike killed three diplomats.", count: 3}},
		[]string{"Three officials were wounded in the attack.", "Two officials said the talks had been killed off."}},
	// "May" with a capital inside a sentence is the month, no modal
	{ruleDeathActive,
		[]figureCase{{text: "Floods and landslides in West Sumatra in May 2024 killed at least 67.", count: 67}},
		[]string{"Floods and landslides in West Sumatra may kill at least 67 people.", "The fighting may have killed 40 people."}},
	// a quotation mark between the killing verb and its victims, and
	// "neutralised", the killing of military communiqués
	{ruleDeathActive,
		[]figureCase{{text: "The army said its troops had \"neutralised\" 40 attackers.", count: 40},
			{text: "The group said its fighters had killed \"more than 50 soldiers\".", count: 50}},
		[]string{"The group said it had \"liberated\" 40 villages.", "The group said its fighters had captured \"more than 50 soldiers\"."}},
	// an aside that lists the counted people is stepped over: "the two
	// victims, a man and a woman, were found dead"
	{ruleDeathPass,
		[]figureCase{{text: "Police said the two victims, a man and a woman, were found dead in the house.", count: 2}},
		[]string{"The two victims, a man and a woman, were taken to hospital.",
			"The two suspects, a man and a woman, were arrested at the house."}},
	// the dead named after "the dead were identified as", "identified the
	// dead as" or an inverted "Killed were", when the list is read to its end
	{ruleDeathList,
		[]figureCase{{text: "Police identified the dead as Jamal Reed, 22, and Kevin Moss, 24.", count: 2},
			{text: "Killed were James Carter, 45, and his son, 19.", count: 2},
			{text: "The dead have been identified as Ana Ruiz and Luis Ruiz, police said.", count: 2}},
		[]string{"The injured were identified as Ana Ruiz and Luis Ruiz.", "Police identified the suspects as Jamal Reed, 22, and Kevin Moss, 24.",
			"Arrested were James Carter, 45, and his son, 19."}},
	// the comma that closes an age also parts the items, and a place
	// after a name may close on the semicolon that parts them
	{ruleDeathList,
		[]figureCase{{text: "The dead were identified as Rosa Diaz, 51, her grandson, 8, and Tomas Diaz, 57.", count: 3},
			{text: "Killed were David Holt, of Marston; Eric Vance, of Bellport; and Omar Reyes.", count: 3},
			{text: "Killed were David Holt, 20, of Marston; Eric Vance, 31, of Bellport; and Omar Reyes, 18, of Dale.", count: 3},
			// a name after a named item is the next item; after a noun, an aside
			{text: "Police identified the dead as 41-year-old Peter Lang, 39-year-old Sarah Lang and their son, 6-year-old Adam Lang.", count: 3},
			{text: "A 20-year-old woman, Sarah Lang; and a 16-year-old boy, Adam Lang, were pronounced dead.", count: 2}},
		[]string{"The injured were identified as Rosa Diaz, 51, her grandson, 8, and Tomas Diaz, 57.",
			"Arrested were David Holt, of Marston; Eric Vance, of Bellport; and Omar Reyes.",
			"Rosa Diaz, 51, her grandson said, was hurt in the fall."}},
	// the same asides in the object of a killing: a name unknown to the
	// people pass closed by a semicolon, a kin noun after "his ... and"
	{ruleDeathObject,
		[]figureCase{{text: "The guard killed his daughter, Kayla Moss; his partner, Shantel Vue; and her mother, Rita Vue, 62.", count: 3},
			{text: "He killed his father, Samuel Reed, 55, and brother, Chris Reed, 25, at the house.", count: 2},
			{text: "He killed his wife and mother of three on Friday.", count: 1}},
		[]string{"He visited his father, Samuel Reed, 55, and brother, Chris Reed, 25, at the house."}},
	// "found" and "pronounced" take victims as object with "dead" after
	// them, as "left" does: "found a woman dead", "pronounced him dead"
	{ruleDeathObject,
		[]figureCase{{text: "Police found a woman dead inside the apartment.", count: 1},
			{text: "Deputies found a father and two sons dead in the house.", count: 3},
			{text: "Officers found the gunman and the boy dead in a car.", count: 2},
			{text: "Medics pronounced the man dead at the scene.", count: 1}},
		[]string{"Police found a woman injured inside the apartment.", "Deputies found a father and two sons alive in the house.",
			"Police found a woman dead-tired after her shift."}},
	// an age told by its decade after the victim, or in an aside: "a man in
	// his 20s", "a man, believed to be in his 40s,"
	{ruleDeathOne,
		[]figureCase{{text: "A man in his 20s was shot and killed early Sunday, police said.", count: 1},
			{text: "A woman in her late 60s died after being pulled from the water.", count: 1},
			{text: "A man, believed to be in his 40s, died at the scene.", count: 1}},
		[]string{"A man in his 20s was shot in the leg early Sunday.", "A man, believed to be in his 40s, was arrested at the scene."}},
	// a participle phrase that describes the victims stands between them and
	// the verb of their death; a finite verb with an object, a modal or
	// another subject after "and" does not
	{ruleDeathOne,
		[]figureCase{{text: "A man wounded in a shooting earlier this month has died.", count: 1},
			{text: "A teenager hospitalized after a weekend crash has died.", count: 1}},
		[]string{"A man wounded in a shooting earlier this month may die.",
			"A man wounded in a shooting earlier this month was released."}},
	{ruleDeathList,
		[]figureCase{{text: "Four people injured in the crash later died.", count: 4},
			{text: "Three men taken to hospital after the blast have died.", count: 3}},
		[]string{"Four people injured in the crash were taken to hospital.",
			"Five people injured in the blast are in critical condition and may die.",
			"Deputies said two men suffered minor injuries."}},
	// a named victim after a sentence-opening noun for what they do: the
	// name still opens the clause
	{ruleDeathOne,
		[]figureCase{{text: "Drummer Pia Lund, who founded the band in 1979, has died at 66.", count: 1}},
		[]string{"Drummer Pia Lund, who founded the band in 1979, has denied the report."}},
	// a single victim ranked by an ordinal who died later makes the toll
	// the rank: "a thirteenth person died" is 13
	{ruleDeathOne,
		[]figureCase{{text: "A thirteenth person died in hospital on Sunday morning, prosecutors said.", count: 13},
			{text: "A third victim has died in hospital.", count: 3}},
		[]string{"A third person was injured in the crash.", "A second man was arrested on Sunday."}},
	// "a family of five" after an active death word counts its members
	{ruleDeathActive,
		[]figureCase{{text: "In one house, the gunmen killed a family of five.", count: 5},
			{text: "The strike killed an entire family of six, officials said.", count: 6}},
		[]string{"The strike displaced a family of five.", "The gunmen threatened to kill a family of five."}},
	// the figure a toll came from, named as "an earlier estimate of"
	{ruleDeathCompare,
		[]figureCase{{text: "At least 212 people died, up from an earlier estimate of 180.", count: 180},
			{text: "The toll rose to 57 from an earlier figure of 31.", count: 31}},
		[]string{"Up from an earlier estimate of 180, the crowd grew to 300."}},
	// round 7a: the figure a toll came from may be followed by a clause
	// ("after", "as", "when") as by a phrase
	{ruleDeathCompare,
		[]figureCase{{text: "The ministry revised the death toll down to 31 from 38 after some bodies were counted twice.", count: 38},
			{text: "The death toll rose to 54 from 37 as rescuers reached the village.", count: 37}},
		[]string{"The ministry revised the number of wounded down to 31 from 38 after some patients were counted twice.",
			"Ticket sales rose to 54 from 37 as the weather improved."}},
	// round 6a: a number within a figure of coordinated victims is a part
	// of its sum, not the next figure: the comparison after it still hangs
	// on the sum
	{ruleDeathCompare,
		[]figureCase{{text: "The ministry said 13 civilians and seven soldiers had been killed on its side of the frontier, up from 19 reported on Saturday.", count: 19},
			{text: "The ministry said 12 civilians and six soldiers had died in the fighting, up from 15 a day earlier.", count: 15}},
		[]string{"The ministry said 13 civilians and seven soldiers had been wounded on its side of the frontier, up from 19 reported on Saturday."}},
	// round 6a: "The figure, up from 606, ..." opening the sentence after a
	// death figure, also across a paragraph break
	{ruleDeathCompare,
		[]figureCase{{text: "The ministry raised its toll to 712 dead on Tuesday.\nThe figure, up from 606 announced a week ago, does not distinguish between civilians and soldiers.", count: 606},
			{text: "Officials said 40 people had been killed. The number, down from 52 given on Monday, excludes the missing.", count: 52}},
		[]string{"The ministry said 4,800 people had been wounded.\nThe figure, up from 4,600 announced a week ago, does not distinguish between civilians and soldiers.",
			"Exports rose to 712 tonnes on Tuesday. The figure, up from 606 a week ago, was a record."}},
	// "between 100 and 120" is a range: its lower figure, hedged
	{ruleDeathPass,
		[]figureCase{{text: "Between 100 and 120 people died in the assault, officials said.", count: 100}},
		[]string{"Between 100 and 120 people were injured in the assault, officials said."}},
	// "up to" after a verb of revision is a direction, no hedge
	{ruleDeathToll,
		[]figureCase{{text: "Police revised the death toll from the crush in Ibadan up to 41 from an earlier 35.", count: 41},
			{text: "Officials raised the death toll up to 212.", count: 212}},
		[]string{"Organisers revised the guest list up to 41 from an earlier 35.", "The death toll could be up to 41, officials said."}},
	// seafarers are people a figure counts
	{ruleDeathActive,
		[]figureCase{{text: "The rebels have attacked 100 merchant vessels, sinking two ships and killing four seafarers.", count: 4}},
		[]string{"The rebels have attacked merchant vessels, detaining four seafarers."}},
	// an "of" phrase naming the victims' body, and victims of two kinds
	// joined by "and", between the number and the death verb
	{ruleDeathPass,
		[]figureCase{{text: "The ministry said 231 members of the security services and army had been killed since Thursday.", count: 231},
			{text: "Three sailors of the cargo ship Blue Heron died when a drone struck it.", count: 3},
			{text: "More than 2,000 soldiers and civilians were killed in the first half of the year.", count: 2000}},
		[]string{"Two members of parliament said the bill had been killed in committee.", "Two members of the team have resigned.",
			"Two soldiers and police were wounded in the ambush."}},
	// victims described by a past participle and a place: "involved in",
	// "trapped inside", "stranded on"
	{ruleDeathPass,
		[]figureCase{{text: "All four people involved in the crash have died.", count: 4},
			{text: "Three residents trapped inside the burning house died on Sunday.", count: 3},
			{text: "Two hikers stranded on the ridge were found dead.", count: 2}},
		[]string{"Three residents trapped inside the burning house were rescued on Sunday.",
			"Four people involved in the crash were taken to hospital."}},
	// ages between the victims and the death word: "one man, 22, dead",
	// "two men, 19 and 24, were killed"; and before the noun after "of"
	{ruleDeathPass,
		[]figureCase{{text: "Two men, 19 and 24, were killed on Friday.", count: 2},
			{text: "Three women, 41, 45 and 60, died in the blaze.", count: 3}},
		[]string{"Two men, 19 and 24, were arrested on Friday.", "One woman, 34, was wounded in the leg."}},
	{ruleDeathAdj,
		[]figureCase{{text: "Paramedics pronounced one man, 22, dead on the scene.", count: 1},
			{text: "The shots resulted in the death of one 21-year-old woman, with six others wounded.", count: 1}},
		[]string{"Paramedics pronounced one man, 22, stable on the scene."}},
	// a cause may stand between the number and a noun of deaths; an attempt
	// makes them none
	{ruleDeathAdj,
		[]figureCase{{text: "Police are investigating three shooting deaths on the east side.", count: 3},
			{text: "The county recorded 412 overdose deaths last year.", count: 412}},
		[]string{"Four men were indicted for their roles in five attempted murders.",
			"Two were injured in three shooting incidents."}},
	// "slayings" is a noun of deaths like "killings"; a number whose
	// hyphen waits for a later word is half a compound, no count
	{ruleDeathAdj,
		[]figureCase{{text: "A teenager was charged as an adult in the slayings of four people at a farmhouse.", count: 4}},
		[]string{"Police seek the shooter in the slayings of 14- and 18-year-olds.",
			"The slayings of the two clerks shocked the town in 1998."}},
	// bodies found by any verb of finding: "located two bodies"
	{ruleDeathAdj,
		[]figureCase{{text: "Deputies located two bodies in the home on Monday.", count: 2},
			{text: "Divers uncovered three bodies in the wreck.", count: 3}},
		[]string{"Deputies located two suspects in the home on Monday."}},
	// bodies the sea gives up or rescuers dig out: "11 bodies washed up"
	{ruleDeathAdj,
		[]figureCase{{text: "Earlier this month, 11 bodies washed up on beaches near Mahdia.", count: 11},
			{text: "Rescuers dug four bodies out of the mud on Tuesday.", count: 4}},
		[]string{"Earlier this month, 11 boats washed up on beaches near Mahdia.", "Rescuers dug four wells in the village on Tuesday."}},
	{ruleDeathAdj,
		[]figureCase{{text: "The fire left 12 dead and 40 injured.", count: 12},
			{text: "There have been 31 homicides in the county since January.", count: 31},
			{text: "Officers entered the room and found four deceased adults.", count: 4},
			{text: "Police are investigating the fatal shootings of three people in a flat.", count: 3}},
		[]string{"The landslide buried the valley, leaving 300 people dead or missing.",
			"Six men were indicted for the attempted murders of five teenagers."}},
	{ruleDeathActive,
		[]figureCase{{text: "Gunmen opened fire, killing 14 civilians.", count: 14},
			{text: "Floods have claimed at least 1,200 lives since June.", count: 1200},
			{text: "The two men are accused of killing two Ridgeview High School students.", count: 2},
			{text: "He fatally shot two men and wounded a woman outside the bar.", count: 2},
			{text: "She pleaded guilty to fatally shooting four people at a farm.", count: 4}},
		[]string{"The blast killed 5 cows and a horse.", "Police seek other victims of two men accused of fraud.",
			"The man accused of trying to kill 2 police officers was charged on Monday."}},
	{ruleDeathToll,
		[]figureCase{{text: "The earthquake's death toll passed 50,000 on Sunday.", count: 50000},
			{text: "The shooting brought the city's homicides to 204 this year.", count: 204},
			{text: "Road deaths stood at 1,700 last year.", count: 1700}},
		[]string{"The toll road will cost 50,000 dollars a day to run.",
			"The court attributed the deaths to 3 drivers.", "He linked the murders to 2 gangs."}},
	{ruleDeathOne,
		[]figureCase{{text: "A 17-year-old died at a local hospital.", count: 1},
			{text: "A Lakeview High School student died after the crash.", count: 1},
			{text: "One person, a 19-year-old man, was pronounced dead at the scene.", count: 1},
			{text: "The family of an Iraqi teacher allegedly killed by soldiers won their case.", count: 1},
			{text: "Police said a man who was found shot in a parked car had died.", count: 1}},
		[]string{"A 17-year-old was shot in the leg.", "A man nearly died in the crash.", "The man was not killed, officials said."}},
	// victims "dead or missing" (or "killed or injured") are no toll, as a
	// number "dead or missing" is not; "were dead and a boy was missing" is
	{ruleDeathList,
		[]figureCase{{text: "A man and two women were dead and a boy was missing after the flood.", count: 3}},
		[]string{"Officials said 150 people were dead or missing.", "More than 300 people are dead or missing after the floods.",
			"Eight children have killed or injured themselves with unsecured guns."}},
	{ruleDeathList,
		[]figureCase{{text: "Marcus Bell, 34, and Tyrone Hayes, 29, were pronounced dead at the scene.", count: 2},
			{text: "Six people, including the gunman, were killed.", count: 6},
			{text: "A man, two women and a small child were killed in the blast.", count: 4},
			{text: "One adult male, two adult females and one child are deceased, the sheriff said.", count: 4},
			{text: "Three journalists, a doctor and two children were among the dead.", count: 6}},
		[]string{"Marcus Bell, 34, and Tyrone Hayes, 29, were arrested at the scene.",
			"A father and teacher, Owen Park, spoke at the vigil.",
			"Three journalists, a doctor and two children were among the injured."}},
	{ruleDeathObject,
		[]figureCase{{text: "The gunman killed his wife and four daughters before fleeing.", count: 5},
			{text: "Investigators said a stray bullet hit the car, killing 46-year-old Rosa Lind.", count: 1},
			{text: "The shooting left William Ortiz, 21, and Dana Kerr, 22, dead.", count: 2},
			{text: "Gunmen killed the village chief and his two sons.", count: 3}},
		[]string{"The bullet could have hit her in the chest and killed her.",
			"He threatened to kill his neighbour.",
			"The film The Killing Fields won three awards."}},
	{ruleDeathOf,
		[]figureCase{{text: "Police found the body of a man in a ditch on Sunday.", count: 1},
			{text: "A teen has been charged in the death of a Fairmont high school student.", count: 1},
			{text: "The attack claimed the lives of 27 soldiers and three civilians.", count: 30}},
		[]string{"The surgeon saved the lives of 27 soldiers.", "He denied the attempted murder of a guard."}},
	// a named victim's description runs into a long clause: one person
	{ruleDeathOf,
		[]figureCase{{text: "Detectives reopened the homicide of Ann Ray, a nursing student who was fatally shot in her car during what officers said was a robbery of her phone and wallet.", count: 1}},
		[]string{"Detectives reopened the case of Ann Ray, a nursing student who was robbed in her car during what officers said was a theft of her phone and wallet."}},
	{ruleDeathSelf,
		[]figureCase{{text: "The gunman then killed himself.", count: 1}},
		[]string{"The gunman then turned himself in."}},
	// the gun turned on oneself states no death (ruling fx83): he may
	// survive, as in an attempted murder-suicide
	{ruleDeathSelf,
		[]figureCase{{text: "Deputies said the farmer wounded his brother and then took his own life.", count: 1}},
		[]string{"Deputies said the farmer wounded his brother and then turned the rifle on himself. Both were flown to a trauma centre after the attempted murder-suicide."}},
	// dt1 (session 23): a bare noun for a second person after "the ...
	// and", as after "a ... and"
	{ruleDeathList,
		[]figureCase{{text: "Deputies named the father and daughter killed in the collision on Route 50.", count: 2},
			{text: "The man and woman found dead in the motel room were siblings, police said.", count: 2}},
		[]string{"Deputies named the father and daughter hurt in the collision on Route 50.",
			"The mother and child were rescued from the river by deputies on Sunday."}},
	// dt1 (session 23): "were two of five men shot dead": the share of a
	// toll after a plural copula is the subject's own figure
	{ruleDeathSubset,
		[]figureCase{{text: "The cousins were two of six people killed in the pileup on the interstate.", count: 2},
			{text: "The sisters are three of 14 children slain in the city this year.", count: 3}},
		[]string{"The cousins were two of six people hurt in the pileup on the interstate.",
			"The sisters are three of 14 children enrolled in the city program this year."}},
	// dt1 (session 23): a participle of hurt between the people and the
	// relative clause that says they died
	{ruleDeathWho,
		[]figureCase{{text: "The two women stabbed who died on the train were sisters, police said.", count: 2},
			{text: "Investigators named the four teens shot that were killed near the skate park.", count: 4}},
		[]string{"The two women stabbed who survived on the train were sisters, police said.",
			"Investigators named the four teens shot that were treated near the skate park."}},
	// dt1 (session 23): a surname alone that the people pass did not
	// know, before "being shot and killed"
	{ruleDeathOne,
		[]figureCase{{text: "Two clerks said they watched Dunleavy being shot and killed behind the counter.", count: 1},
			{text: "The fight ended with Okonkwo being stabbed to death near the bus stop.", count: 1}},
		[]string{"Two clerks said they watched Dunleavy being handcuffed behind the counter.",
			"The fight ended with Okonkwo being stabbed in the arm near the bus stop."}},
	// dt1 (session 23): a counted group and one victim phrase without a
	// number joined to it end the clause: their sum, the group a part
	{ruleDeathActive,
		[]figureCase{{text: "The gunman shot and killed three men and a teenager outside the pool hall.", count: 4},
			{text: "The avalanche killed four skiers and their guide on Sunday.", count: 5},
			{text: "Rebels killed eleven soldiers and a civilian driver at the outpost.", count: 12}},
		[]string{"The gunman shot and wounded three men and a teenager outside the pool hall.",
			"The avalanche buried four skiers and their guide on Sunday."}},
	{ruleDeathSubset,
		[]figureCase{{text: "The avalanche killed four skiers and their guide on Sunday.", count: 4},
			{text: "Police said the gunman killed two customers and himself inside the store.", count: 2}},
		[]string{"Police said the gunman wounded two customers and himself inside the store."}},
	// dt1 (session 23): a name in apposition after a kin noun whose
	// closing comma is left out before the verb is no second item
	{ruleDeathList,
		[]figureCase{{text: "Investigators said Rosa Mendez and her daughter, 19-year-old Carla Mendez were found dead in the car.", count: 2},
			{text: "Police said Hal Brandt, 61, and his wife, Edna Brandt died in the fire.", count: 2}},
		[]string{"Investigators said Rosa Mendez and her daughter, 19-year-old Carla Mendez were found safe in the car.",
			"Police said Hal Brandt, 61, and his wife, Edna Brandt were rescued from the fire."}},
	{ruleDeathOne,
		[]figureCase{{text: "Her husband, 52-year-old Dale Foster was found dead in the barn on Tuesday.", count: 1}},
		[]string{"Her husband, 52-year-old Dale Foster was taken to hospital with a leg wound."}},
	// dt1 (session 23): "killed his wife and then himself": the victim
	// after "then" is another object of the same verb
	{ruleDeathObject,
		[]figureCase{{text: "The farmer killed his brother and then himself in the barn.", count: 2},
			{text: "Police said the driver killed his mother, then himself.", count: 2}},
		[]string{"The farmer shot his brother and then himself in the barn.",
			"Deputies said he threatened his wife and then himself with a knife."}},
	// dt1 (session 24): a compound whose head the victim list marks
	// ("teacher", "keepers", "goers") is a noun for people of its own
	{ruleDeathList,
		[]figureCase{{text: "A retired schoolteacher and her nephew were killed when the tree fell on their car.", count: 2},
			{text: "A co-owner and a clerk were found dead behind the tavern.", count: 2}},
		[]string{"A retired schoolteacher and her nephew were hurt when the tree fell on their car.",
			"A co-owner and a clerk were questioned behind the tavern."}},
	{ruleDeathObject,
		[]figureCase{{text: "The gunmen shot dead a farmer and two shopkeepers near the well.", count: 3}},
		[]string{"The gunmen robbed a farmer and two shopkeepers near the well."}},
	{ruleDeathPass,
		[]figureCase{{text: "Four festival-goers died in the crush at the gates.", count: 4}},
		[]string{"Four festival-goers fainted in the crush at the gates.",
			"Four carmakers cut jobs after sales fell."}},
	// dt1 (session 24): a bare title and a name after the comma that
	// follows one unnamed person name that person: one item
	{ruleDeathOf,
		[]figureCase{{text: "He is charged in the death of his wife, pharmacist Lena Moss, in March.", count: 1},
			{text: "Deputies found the body of her father, carpenter Abel Ruiz, in the shed.", count: 1}},
		[]string{"He is charged in the assault of his wife, pharmacist Lena Moss, in March."}},
	// dt1 (session 24): a relative clause after a name and its age,
	// closed by ", and": the list goes on past it
	{ruleDeathList,
		[]figureCase{{text: "Omar Diaz, 20, who worked at the garage, and Leo Park, 23, were shot dead.", count: 2}},
		[]string{"Omar Diaz, 20, who worked at the garage, and Leo Park, 23, were shot and wounded."}},
	// dt1 (session 24): one death "taking the number of victims to
	// three" is part of the three, no figure of its own
	{ruleDeathToll,
		[]figureCase{{text: "Ivy Chen, 40, died on Tuesday, bringing the number of people killed in the fire to five.", count: 5}},
		[]string{"Ivy Chen, 40, was hurt on Tuesday, bringing the number of people injured in the fire to five."}},
	// dt1 (session 24): "his parents" after a possessive is two people
	{ruleDeathObject,
		[]figureCase{{text: "The teenager fatally shot his parents and two younger brothers at the farm.", count: 4},
			{text: "Deputies said the man stabbed her parents to death in the hallway.", count: 2}},
		[]string{"The teenager threatened his parents and two younger brothers at the farm.",
			"Deputies said the man drove her parents to the hospital in the hallway."}},
	// dt1 (session 24): groups joined by "and" before the "dead" that
	// "left" needs are summed, as after "killed"
	{ruleDeathActive,
		[]figureCase{{text: "The fire left two firefighters and three residents dead, the chief said.", count: 5},
			{text: "The ambush left four guards and a driver dead near the border.", count: 5}},
		[]string{"The fire left two firefighters and three residents homeless, the chief said.",
			"The ambush left four guards and a driver wounded near the border."}},
	// but not across the two sides of a fight: the militants' own figure
	// stands, with no sum
	{ruleDeathAdj,
		[]figureCase{{text: "The raid left nine policemen and 20 insurgents dead, the army said.", count: 20}},
		[]string{"The raid left nine policemen and 20 insurgents wounded, the army said."}},
	// dt1 (session 24): a present "die" in a clause of time or condition
	// is a plot or a rule, no report
	{ruleDeathList,
		[]figureCase{{text: "Neighbours said her parents died in the flood on Sunday.", count: 2}},
		[]string{"The novel follows two sisters who move to the city when their parents die in a flood.",
			"Pensions pass to the children if both spouses die before retirement."}},
	// dt1 (session 24): "of" and its complement after a noun for one
	// person, before the verb: "a resident of the building was killed"
	{ruleDeathOne,
		[]figureCase{{text: "A tenant of the flat upstairs was found dead on Sunday.", count: 1},
			{text: "An employee of the garage was shot and killed.", count: 1}},
		[]string{"A tenant of the flat upstairs was found unconscious on Sunday.",
			"An employee of the garage was shot and wounded."}},
	// dt1 (session 24): a duty laid on the death of anyone ("must ...
	// the death of a passenger") tells of no death
	{ruleDeathOf,
		[]figureCase{{text: "The consulate confirmed the death of a Canadian tourist on the island.", count: 1}},
		[]string{"Hotels must inform the police within a day of the death of a guest.",
			"Each school shall report the death of any pupil to the board."}},
	{ruleDeathWho,
		[]figureCase{{text: "Two teens who were shot near the park on Wednesday have died.", count: 2}},
		[]string{"Two teens who were shot near the park on Wednesday are recovering.",
			"The film follows three children who are orphaned when their parents die in a fire."}},
	{ruleDeathMulti,
		[]figureCase{{text: "Detectives are investigating a double homicide in the north end.", count: 2}},
		[]string{"Detectives are investigating a triple shooting in the north end."}},
	// round 15c: the counts of a charge of killing, one a victim; not an
	// attempt or a conspiracy, nor several counts for the death of one
	{ruleDeathCounts,
		[]figureCase{{text: "The former nurse was convicted of two counts of murder at the county court.", count: 2},
			{text: "He is charged with three counts of first-degree reckless homicide.", count: 3},
			{text: "A jury found her guilty on four counts of vehicular manslaughter.", count: 4},
			{text: "Jones, 34, faces two counts of murder and one of arson.", count: 2}},
		[]string{"He was convicted of two counts of attempted murder at the county court.",
			"She faces three counts of conspiracy to commit murder."}},
	// round 15c: "all" before a counted group joined to a list ("both pilots
	// and all 45 passengers") adds the group; its stated number is a part
	{ruleDeathList,
		[]figureCase{{text: "Both pilots and all 45 passengers were killed when the helicopter crashed.", count: 47}},
		[]string{"Both pilots and all 45 passengers survived the emergency landing."}},
	{ruleDeathObject,
		[]figureCase{{text: "The fire killed both guards and all 12 inmates of the wing.", count: 14}},
		[]string{"The fire forced both guards and all 12 inmates of the wing outside."}},
	{ruleDeathSubset,
		[]figureCase{{text: "Both pilots and all 45 passengers were killed when the helicopter crashed.", count: 45},
			{text: "The two drivers and all 12 passengers died in the collision.", count: 12}},
		[]string{"Both pilots and all 45 passengers were evacuated before the fire spread."}},
	// r15c: the count of another period whose death noun the sentence
	// before gives
	{rulePeriodGapped,
		[]figureCase{{text: "The summer of 2010 remains the deadliest on record, with 1,731 heat-related deaths. Last year the ministry recorded 1,295.", count: 1295},
			{text: "The province had 61 traffic deaths over the holiday. In 2023 police counted 48.", count: 48}},
		[]string{"The summer of 2010 remains the hottest on record. Last year the ministry recorded 1,295.",
			"Last year the ministry recorded 1,295 cases of heatstroke."}},
	// r15c: ages in words in an aged phrase between the victims and the verb
	{ruleDeathPass,
		[]figureCase{{text: "Three sisters, aged nine, 12 and 15, were among those who died when the roof gave way.", count: 3},
			{text: "Four cousins, aged six, 11, 14 and 17, died in the crash.", count: 4}},
		[]string{"Two brothers, aged seven and ten, were rescued from the fire."}},
	// r15c: a gapped part may say "more" or "others" and answer the figure's
	// phrase of place with another preposition ("at the scene ... in
	// hospital"), when its own phrase is short and ends the clause
	{ruleDeathSubset,
		[]figureCase{{text: "Fourteen people died at the scene and five more in hospital after the tanker overturned.", count: 5},
			{text: "Nine people were killed at the market and four others on the road outside.", count: 4}},
		[]string{"Fourteen people were hurt at the scene and five more in hospital.",
			"Six passengers were rescued at the scene and two more in hospital."}},
	// r15c: a part of a toll told by where its people came from
	{ruleDeathSubset,
		[]figureCase{{text: "The blaze at the hostel killed eight backpackers, two of them from Ireland.", count: 2},
			{text: "The bus crash killed 14 pilgrims, nine of them from Pakistan.", count: 9}},
		[]string{"The fire injured eight backpackers, two of them from Ireland.",
			"The ministry hired eight teachers, two of them from Ireland."}},
	// round 3: a hedge may open a list of victims with a part of it in
	// apposition
	{ruleDeathList,
		[]figureCase{{text: "At least 43 civilians, including 19 children, were killed in the attack.", count: 43}},
		[]string{"At least 43 civilians, including 19 children, were injured in the attack."}},
	// round 3: "more than one" is several, no count
	{ruleDeathActive,
		[]figureCase{{text: "The crash on the highway killed more than 10 people.", count: 10}},
		[]string{"The bill targets drivers convicted of killing more than one person while impaired."}},
	// round 3: a killing of a part of a force or a group: "killed 28 of its troops"
	{ruleDeathActive,
		[]figureCase{{text: "An attack on an army post killed 28 of its troops last week.", count: 28},
			{text: "The gunman killed two of her sons before fleeing.", count: 2}},
		[]string{"The storm killed crops in 12 of the 20 districts."}},
	// round 3: "brings to 82 the number of soldiers killed": a raised count
	{ruleDeathToll,
		[]figureCase{{text: "The ambush brings to 82 the number of soldiers killed in the north this year.", count: 82}},
		[]string{"The ambush brings to 82 the number of soldiers wounded in the north this year.",
			"The decision brings to 82 the number of schools closed in the north."}},
	// round 3: the dead of the other side count too: "47 terrorists have been killed"
	{ruleDeathPass,
		[]figureCase{{text: "This year, 47 terrorists have been killed in the region, police said.", count: 47}},
		[]string{"This year, 47 terrorists have been arrested in the region, police said."}},
	// filters: figures that are no death toll of the article
	// r14c: a near miss right before the killing verb
	{ruleDeathActive,
		[]figureCase{{text: "The storm killed nearly 200 people.", count: 200},
			{text: "The flood, which nearly destroyed the town, killed 12 people.", count: 12}},
		[]string{"He came close to killing two pedestrians.", "The driver nearly killed two pedestrians.",
			"The attack narrowly missed killing 12 soldiers.", "The driver almost killed his wife."}},
	// r14c: a rate of the dead per day or per hour counts no dead
	{"death-rate",
		[]figureCase{{text: "At least 31 inmates were killed during a riot that raged for almost a day.", count: 31},
			{text: "She died an hour later.", count: 1}},
		[]string{"The famine monitor estimated that 129 people were dying of hunger every day in the besieged city.",
			"About 40 people a day are being killed in the fighting, the UN said."}},
	// r15c: per week, month or year too, and "annually"
	{"death-rate",
		[]figureCase{{text: "The bridge collapsed a year ago, killing 14 people.", count: 14},
			{text: "The epidemic killed 300 people in a month.", count: 300},
			{text: "Floods killed 40 people a week before the election.", count: 40}},
		[]string{"Accidents on small claims kill an estimated 200 miners a year.",
			"Road crashes kill about 1,300 people annually in the province.",
			"Heat now kills more than 60 people every week in the city."}},
	{"caption-paragraph",
		[]figureCase{{text: "Three people died in the fire on Main Street.\n1:51 Boy killed in crash", count: 3}},
		[]string{"Residents gathered at the hall.\n1:51 Boy killed with machete", "The vigil was quiet.\nRELATED: Two dead after argument"}},
	{"clock-time",
		[]figureCase{{text: "At 2:30 two men were killed by a falling crane.", count: 2}},
		[]string{"The clip ran 0:41 and showed the flood."}},
	// a number in words after a day-first date is a count, a digit a date
	{"day-month-words",
		[]figureCase{{text: "On 7 August eight people died when shells hit the water station.", count: 8}},
		[]string{"On 7 August 12 aid trucks were stopped at the water station.", "Talks were set for 7 August 12 and 13."}},
	// a bare year past the lead dates an earlier event the story recalls
	{"past-background",
		[]figureCase{{text: "In 2012, four workers were killed in a blast at the plant.", count: 4},
			{text: "Sentencing in old case\n\nWatch the video\n\nA man was sentenced on Monday for a 2011 shooting that left three people dead at a bus stop.", count: 3},
			{text: "Two men were hurt in a fight on Friday. Police gave no motive. Officers said a woman was killed on the same corner on Aug. 3, 2014.", count: 1},
			{text: "Two men were hurt in a fight on Friday. Police gave no motive. Three people were killed in the 2200 block of Elm Street on Saturday.", count: 3},
			{text: "Two men were hurt in a fight on Friday. Police gave no motive. So far in 2016, 40 people have been killed in the city.", count: 40},
			{text: "Two men were hurt in a fight on Friday. Police gave no motive. The county recorded 45 homicides in 2014.", count: 45},
			{text: "Two men were hurt in a fight on Friday. Police gave no motive. Three toddlers have been killed already in 2016 by unsecured guns.", count: 3},
			{text: "Two men were hurt in a fight on Friday. Police gave no motive.\n\nA man was killed on an icy bridge © 2019 Valley Radio", count: 1},
			// a present perfect toll runs up to now, whatever year its war began
			{text: "A drone hit the camp on Saturday. Aid groups said food was short. The war, which broke out in April 2023, has killed an estimated 150,000 people.", count: 150000},
			// a large figure of an earlier attack or disaster is a toll the article states
			{text: "A convoy was ambushed on Friday. The army gave no figures. In May 2023, militants overran a base at the river and killed 54 soldiers.", count: 54},
			{text: "A drone hit the camp on Saturday. Aid groups said food was short. The war, which broke out in April 2023, killed an estimated 150,000 people before the truce.", count: 150000},
			// a force's or a ship's recalled dead, however few
			{text: "The drills began on Monday. Officials gave no details. Three Marines died in a helicopter crash during an exercise in 2023.", count: 3},
			{text: "The ships sailed on Monday. Officials gave no details. In March 2024 three crew members of a bulk carrier died when a missile struck it.", count: 3},
			// session 8: the deaths of two or more people in a recalled event
			// are a figure the article states (GUIDELINES)
			{text: "Two men were hurt in a fight on Friday. Police gave no motive. In 2009, three students were killed on the same corner.", count: 3},
			{text: "Two men were hurt in a fight on Friday. Police gave no motive. The corner saw a July 2011 shooting that left three people dead.", count: 3},
			{text: "Pilgrims filled the temple on Monday. The police were ready. Three women died in a stampede at the same temple in 2023.", count: 3},
			// a year in a relative clause about the victims dates them, not their deaths
			{text: "Clashes broke out on Monday. Officials gave no details. Among the dead were five former fighters who had signed the 2016 peace deal.", count: 5},
			// r16: one person's dated death is a death the article states too,
			// as the blind gold counts it ("In 2016, striking miners ... killed
			// Deputy Interior Minister NAME")
			{text: "Two men were hurt in a fight on Friday. Police gave no motive. In 2009, a woman was killed on the same corner.", count: 1}},
		[]string{
			// statistics of a past year stay background however large
			"Two men were hurt in a fight on Friday. Police gave no motive. A 2014 study found that 100 children were killed in accidental shootings.",
			// round 8c: a year in another clause dates its own figure only
			"Two men were hurt in a fight on Friday. Police gave no motive. In 2009, a woman was hurt on the same corner, and in 2012 a study found that 100 children were killed."}},
	// round 8c: a bare year in another clause of the sentence does not date
	// the figure: "In 2023, a man died ..., and a report found that 112 ..."
	{"past-background",
		[]figureCase{{text: "Two men were hurt in a fight on Friday. Police gave no motive. In 2009, a woman was killed on the same corner, and a city report found that 112 people had been shot dead in the county that year.", count: 112},
			{text: "Two men were hurt in a fight on Friday. Police gave no motive. The club closed in 2019; two people were killed at its door last summer.", count: 2}},
		[]string{"Two men were hurt in a fight on Friday. Police gave no motive. In 2009, a woman was hurt on the same corner, and two men were hurt in 2011."}},
	// "gunned down" alone wounds as often as it kills
	{"wound-or-death",
		[]figureCase{{text: "A gunman gunned down two brothers outside their home on Sunday. The coroner named them on Monday.", count: 2},
			{text: "A gunman gunned down two brothers outside their home on Sunday. Both died in hospital.", count: 2}},
		[]string{"A gunman gunned down two brothers outside their home on Sunday. Both were taken to hospital.",
			"A gunman gunned down two brothers outside their home on Sunday. He faces two counts of attempted murder."}},
	{"anaphoric-single",
		[]figureCase{{text: "Officers arrived within minutes. He was pronounced dead at the scene.", count: 1}},
		[]string{"“He died in my hands,” the medic said of the patrol."}},
	// round 2: parts of a toll, compared figures, kinds of the dead
	{ruleDeathSubset,
		[]figureCase{{text: "The shelling brought the toll to 1,204, including 317 children.", count: 317},
			{text: "Nine people, including three children, died in the blaze.", count: 3},
			{text: "Six people, among them four pupils, died when the roof fell in.", count: 4},
			{text: "The storms killed 25 people, including 14 in Missouri and 6 in Kansas.", count: 6},
			{text: "Tornadoes killed 19 people across three states: 12 in Kentucky, 5 in Ohio and 2 in Indiana.", count: 5},
			{text: "The ambush killed 17 soldiers, 11 of them conscripts, near the river.", count: 11}},
		[]string{"Four people were wounded, including two children.",
			"Twelve people were hurt in the crash, including three firefighters."}},
	// a part of a toll placed by "in" after "N of them", and a part added
	// by "another" in another place
	{ruleDeathSubset,
		[]figureCase{{text: "Flooding killed 45 people, 30 of them in Kerala.", count: 30},
			{text: "The quake killed 2,100 people in Turkey and another 300 in Syria.", count: 300}},
		[]string{"Flooding forced 45 people from their homes, 30 of them in Kerala.",
			"The quake injured 2,100 people in Turkey and another 300 in Syria."}},
	// the counted parts of a death figure with no number of its own: the
	// vague figure is none, its parts are
	{ruleDeathSubset,
		[]figureCase{{text: "Dozens of people were killed in the stampede, including 11 children.", count: 11},
			{text: "Scores died in the fire, among them 14 firefighters.", count: 14}},
		[]string{"Dozens of people were injured in the stampede, including 11 children.", "Dozens of people were killed in the stampede."}},
	// a second part of a toll joined by "and": "a toll of 148 ... and 250 fighters"
	{ruleDeathSubset,
		[]figureCase{{text: "The monitor gave a death toll of 148 security personnel and 250 fighters.", count: 250}},
		[]string{"The clinic listed a staff of 148 nurses and 250 doctors.", "The monitor gave a tally of 148 soldiers and 250 fighters."}},
	// the parts of victims joined by "and" are stated figures too, and an
	// aside of a part of one group (", among them ...,") is stepped over
	{ruleDeathSubset,
		[]figureCase{{text: "Two soldiers and three militants were killed in the clash.", count: 2},
			{text: "He said 42 passengers, among them seven women and three children, and two policemen of the escort had been killed.", count: 42},
			{text: "He said 42 passengers, among them seven women and three children, and two policemen of the escort had been killed.", count: 2},
			{text: "At least 14 soldiers and 9 civilians died in the assault.", count: 9},
			{text: "Seven soldiers and a civilian were killed when their convoy hit a mine.", count: 7}},
		[]string{"Two soldiers and three militants were wounded in the clash.",
			"He said 42 passengers, among them seven women and three children, and two policemen of the escort had been hurt."}},
	// a figure of another place joined to the place of a toll, also after a
	// hedge: "killed in Kharkiv and eight in Dnipro"
	{ruleDeathSubset,
		[]figureCase{{text: "Fifteen people were killed in Kharkiv and eight in Dnipro.", count: 8},
			{text: "At least 22 people died in Sindh, 17 in Punjab and 9 in Balochistan.", count: 9},
			{text: "At least 22 people died, including 5 children.", count: 5}},
		[]string{"Fifteen people were hurt in Kharkiv and eight in Dnipro.", "Five homes burned in Kharkiv and 20 in Dnipro lost power."}},
	// r18f: the placed part may name its people before its place ("and
	// five people in Ohio"), as the figure before it does
	{ruleDeathSubset,
		[]figureCase{{text: "The storm killed 12 people in Kentucky and five people in Ohio.", count: 5},
			{text: "Fifteen people were killed in Kharkiv and eight civilians in Dnipro on Sunday.", count: 8}},
		[]string{"The storm injured 12 people in Kentucky and five people in Ohio.",
			"Fifteen people were hurt in Kharkiv and eight civilians in Dnipro on Sunday."}},
	// a tally told place by place after semicolons
	{ruleDeathSubset,
		[]figureCase{{text: "In Khan Younis, 14 people died when a house was hit; in Deir al-Balah, nine; and in Gaza City, eight.", count: 9},
			{text: "The district compiled a tally: in Bagan, 4 people died; in Mandori, 7; and in Ochat, 3.", count: 3}},
		[]string{"In Khan Younis, 14 people were hurt; in Deir al-Balah, nine; and in Gaza City, eight.",
			"In Khan Younis, 14 homes burned; in Deir al-Balah, nine; and in Gaza City, eight."}},
	{"part-of-wounded",
		[]figureCase{{text: "A man died and four others, including two children, were wounded.", count: 1}},
		[]string{"The blast wounded 30 people, including 12 children, at the market."}},
	{ruleDeathCompare,
		[]figureCase{{text: "The city has recorded 188 homicides this year, down from 240 at the same point last year.", count: 240},
			{text: "Police counted 77 killings in 2022, up from 61 the year before.", count: 61},
			{text: "So far 95 people have been murdered in the county, compared with 120 during the same period of 2021.", count: 120},
			{text: "The number of people killed in four days of fighting has climbed to 1,383, most of them civilians, the monitoring group said on Sunday, up from 745 reported a day earlier.", count: 745},
			{text: "The death toll rose to 57 from 31 on Tuesday.", count: 31},
			{text: "The death toll rose to 57 from an earlier 31.", count: 31}},
		[]string{"The county recorded 40 shootings this year, down from 52 last year.",
			"The number of people hurt has climbed to 1,383, most of them civilians, the monitoring group said on Sunday, up from 745 reported a day earlier.",
			"The number of patients rose to 57 from 31 on Tuesday.", "Troops were sent to 57 from 31 bases.",
			"Unemployment rose to 7 percent, up from 5 percent in May."}},
	// the figure a toll rose from: "climbed from four to nine", "from 4 to 9"
	{ruleDeathToll,
		[]figureCase{{text: "The death toll climbed from four to nine on Monday after five of the injured died.", count: 4},
			{text: "The death toll from the car bomb outside a police station in the southern department of the country climbed from 4 to 9 on Monday.", count: 4}},
		[]string{"The price of bread climbed from 4 to 9 dollars.", "The number of injured rose from 4 to 9 on Monday."}},
	{"the-toll",
		[]figureCase{{text: "The shelling brought the toll to 2,310, the ministry said.", count: 2310}},
		[]string{"The toll of injured rose to 300 on Monday.", "The toll road charges rose to 300 last year."}},
	{"noun-before-dead",
		[]figureCase{{text: "The county recorded 287 overdose deaths last year.", count: 287},
			{text: "The state logged 212 drug overdose deaths in 2022.", count: 212},
			{text: "Officials confirmed 41 heat-related deaths during the heatwave.", count: 41},
			{text: "At least 19 poll workers died of heatstroke during the count.", count: 19},
			{text: "The gunman killed three co-workers before fleeing.", count: 3}},
		[]string{"Police logged 12 attempted murders in May.", "Nineteen poll workers were treated for heatstroke.",
			"Officers reported two fewer deaths on the roads this summer."}},
	// "the remains of" before a count of people, like "the bodies of"
	{"remains-recovered",
		[]figureCase{{text: "The remains of 12 people were recovered from the collapsed mine.", count: 12}},
		[]string{"The remains of 12 ancient temples were found near the river.", "The toll remains 12, officials said."}},
	// the dead counted by a verb of numbering
	{ruleDeathToll,
		[]figureCase{{text: "The dead numbered 19, officials said.", count: 19},
			{text: "Those killed number at least 40, the ministry said.", count: 40}},
		[]string{"The injured numbered 19, officials said.", "The protesters numbered 300 by noon."}},
	{"bodies-recovered",
		[]figureCase{{text: "Rescuers recovered 3 bodies from the river on Wednesday.", count: 3},
			{text: "The bodies of 11 people were found in a ravine outside the city.", count: 11}},
		[]string{"The survey team found 3 bodies of water on the plateau."}},
	{"among-the-dead",
		[]figureCase{{text: "The Taliban said 2 guards were among the dead.", count: 2}},
		[]string{"Two children were among the injured."}},
	{"part-of-victims",
		[]figureCase{{text: "Two of the four shooting victims have died, police said.", count: 2},
			{text: "One of the five victims killed has been identified as a teacher.", count: 5},
			// the part of a whole of people dies, not the whole
			{text: "Three of the five passengers were killed when the van overturned.", count: 3},
			{text: "One of the two deputies has died, the sheriff said.", count: 1},
			{text: "Four of the nine residents reportedly died of the fumes.", count: 4},
			// a relative clause of death makes the whole the dead
			{text: "Officers said one of the two people who died was a student.", count: 2},
			{text: "He is one of the three men who are dead after the crash.", count: 3}},
		[]string{"Two of the four shooting victims were treated at the scene.",
			"Three of the five passengers were taken to hospital.", "One of the two deputies has retired, the sheriff said."}},
	{ruleDeathWho,
		[]figureCase{{text: "Two of the three men who were shot near the park have died.", count: 2},
			{text: "Two of the five officers who responded were killed.", count: 2}},
		[]string{"Two of the three men who were shot near the park are recovering.",
			"One of the four officers who responded was hurt."}},
	{"suicide-idiom",
		[]figureCase{{text: "The suspect took his own life in his cell.", count: 1}},
		[]string{"She tried to take her own life last year.",
			"The gunman shot two guards before turning the rifle on himself.",
			"It is unclear whether he took his own life or was shot by officers."}},
	{"not-a-death",
		[]figureCase{{text: "The man is accused of killing two people at a petrol station.", count: 2}},
		[]string{"Jones, 34, faces two counts of attempted murder and one of arson.", // r15c: "two counts of murder" is counts-of-murder's

			"A woman was in critical condition with life-threatening injuries after the shooting.",
			"The victim suffered non-life-threatening injuries, police said.",
			"He was shot three times in the chest but survived.",
			"Police said 40 rounds were fired into the house.",
			"The rookie killed it on stage with a 20-point night.",
			"The mayor has received death threats since the vote.",
			"The talks hit a dead end after 12 hours.",
			"The 22-year-old was shot at 1400 Main Street and taken to hospital.",
			"Police warned that someone could have been shot dead in the crossfire.",
			"“Five people should've been dead that day,” the officer said."}},
	{"intended-killing",
		[]figureCase{{text: "He shot and killed two guards at the gate.", count: 2}},
		[]string{"The law forbids anyone to harm or kill a person with a firearm."}},
	{"along-with",
		[]figureCase{{text: "The commander was killed along with five civilians.", count: 5}},
		[]string{"The blast left a girl in hospital, along with four others."}},
	{ruleDeathLinks,
		[]figureCase{{text: "Quick facts:\nThree dead after crash on Route 9\nPolice closed the road for hours.", count: 3}},
		[]string{"The market reopened on Monday.\nAlso read:\nThree dead after crash on Route 9\nMan charged in stabbing",
			"The market reopened on Monday.\nRelated stories:\nTwo killed in house fire"}},
	// a headline alone between two paragraphs of prose that the next
	// paragraph does not take up links another story; a section's own
	// heading shares its words with the paragraph it heads
	{ruleDeathStray,
		[]figureCase{{text: "The first call came in on Monday evening from a neighbour.\n\nTwo dead after King Street argument\n\nGunfire erupted around 10 a.m. during an argument on West King Street.", count: 2},
			{text: "Two dead after King Street argument\n\nGunfire erupted around 10 a.m. during an argument outside a shop.", count: 2},
			{text: "The youth was hit in the chest near the park on Monday.\n\nThe youth was taken to Toledo Hospital where he was pronounced dead at 9:26 p.m.\n\nPolice have made no arrests in the case so far.", count: 1}},
		[]string{"Hassan could hear his co-worker screaming from behind the counter.\n\nMan kills girlfriend in Brooklyn before turning gun on himself\n\nThe co-worker was hit in the ankle, officials said.",
			"His cover photo shows a rifle above a slogan written in cursive.\n\nGun used to shoot Alaska cop connected to five homicides\n\nIn a recent comment on the photo, Hutton wrote that she loved the picture."}},
	// gv1: a phrase that places the victims reads on to their verb within
	// its clause, up to eight words ("involved in a shooting early
	// Saturday morning"); a clause opener ("after", "when") ends it
	{ruleDeathPass,
		[]figureCase{{text: "The coroner says all four people involved in a shooting early Saturday morning have now died.", count: 4},
			{text: "Two bailiffs in a county courthouse in southwestern Michigan were killed by an inmate.", count: 2}},
		[]string{"Two women are in custody after a 17-year-old high school student was gunned down in Detroit.",
			"All four people involved in a crash early Saturday morning have now recovered."}},
	// gv1: victims taken to care, then a "where they ..." or "and ..."
	// clause that tells their death
	{ruleDeathList,
		[]figureCase{{text: "The two were taken to the hospital where they were pronounced dead.", count: 2},
			{text: "City police said a man and woman were taken to a hospital, where they later died.", count: 2},
			{text: "The woman and her child were taken to the hospital in Roundup and then transported to hospitals in Billings where they died early Monday.", count: 2}},
		[]string{"Two men were taken to the hospital where they were treated for minor injuries.",
			"The two were taken to the hospital and police said they would question them.",
			"Three people were rushed to the hospital where they are in stable condition."}},
	{ruleDeathOne,
		[]figureCase{{text: "Police say the man was transported to Salina Regional Health Center and died a short time later.", count: 1},
			{text: "A man, who also suffered gunshot wounds, was airlifted to Johnson City Medical Center where he later died.", count: 1}},
		[]string{"The victim was taken to the hospital, where doctors say he is expected to survive.",
			"The man was airlifted to Johnson City Medical Center and later released."}},
	// gv1: a plural noun counted by the ages listed after it
	{ruleDeathObject,
		[]figureCase{{text: "Shawn Fuller, 31, shot and killed his sons, ages 3 and 4, on Saturday.", count: 2},
			{text: "He killed his wife and their children, ages 3 and 5.", count: 3}},
		[]string{"He drove his sons, ages 3 and 4, to school.",
			"Officers said the gunman shot his sons, aged between 4 and 9, before fleeing."}},
	{ruleDeathList,
		[]figureCase{{text: "Her children, ages 1, 4 and 6, died in the fire.", count: 3},
			{text: "His sons, ages 3 and 4, were found dead in the house.", count: 2}},
		[]string{"His sons, ages 3 and 4, were unhurt.", "Her children, aged between 4 and 9, died."}},
	// gv1: bare kin nouns after a possessive item, joined by commas or
	// "and", are people of their own
	{ruleDeathObject,
		[]figureCase{{text: "Investigators say a man shot and killed his wife, son and daughter in their home.", count: 3},
			{text: "The sheriff said Denton shot and killed his mother, stepfather, and grandmother on Saturday night.", count: 3}},
		[]string{"He shot his wife, son and daughter, who survived.",
			"Police are offering a reward in the shooting of a 14-year-old boy, and son of a police officer, on Monday."}},
	// gv1: step relations written with a hyphen (victims.tsv)
	{ruleDeathObject,
		[]figureCase{{text: "He shot and killed his two step-children, 17-year-old Kara Allen and 19-year-old Chadney Allen, in the basement.", count: 2},
			{text: "Police said he killed his step-son on Monday.", count: 1}},
		[]string{"His two step-children were unhurt in the fire.", "He drove his step-son to school on Monday."}},
	// gv1: "found" before the participle of a reduced relative
	{ruleDeathOne,
		[]figureCase{{text: "Police have released the identity of the man found shot and killed Saturday morning in Newton Falls.", count: 1},
			{text: "Police identified the woman found dead in a car on Monday.", count: 1}},
		[]string{"The man found the body on Saturday.", "Police found dead birds in the park on Monday."}},
	// gv1: "both ... and" before items that count themselves
	{ruleDeathList,
		[]figureCase{{text: "Both John Bass and his daughter died from gunshot wounds, police said.", count: 2},
			{text: "Both his wife and daughter died in the fire.", count: 2}},
		[]string{"Both the man and the boy were taken to hospital.", "Both his wife and daughter survived the fire."}},
	{ruleDeathObject,
		[]figureCase{{text: "Police found both the man and the boy dead.", count: 2}},
		[]string{"Police found both the man and the boy alive."}},
	{ruleDeathList,
		[]figureCase{{text: "His wife, son and daughter were found dead in the house.", count: 3}},
		[]string{"His wife, son and daughter were found safe in the house.", "A man, woman and child were treated at the scene."}},
	// gv1: a lower-case modifier before a capitalised name of the victims
	{ruleDeathPass,
		[]figureCase{{text: "The five fallen Dallas-area officers killed Thursday were remembered today.", count: 5},
			{text: "Police said two young Baltimore men were shot dead overnight.", count: 2}},
		[]string{"Five fallen Dallas officers were honored at the ceremony.",
			"Two young Baltimore men were shot in the legs overnight."}},
	// gv1: a short phrase of place after a victim, up to the verb
	{ruleDeathList,
		[]figureCase{{text: "Both men inside the Honda were killed, and three others were injured.", count: 2},
			{text: "Police said both victims in the parking lot were confirmed dead.", count: 2}},
		[]string{"Both men inside the Honda were wounded.", "Both men at the party were arrested after the fight."}},
	{ruleDeathOne,
		[]figureCase{{text: "A teenage family member at Fort Riley died of a gunshot wound about 7:30 p.m. Friday.", count: 1},
			{text: "A person in the vehicle with Sandoval was killed by gunfire from a security guard.", count: 1}},
		[]string{"A teenage family member at Fort Riley was treated for a gunshot wound.",
			"A man in the car when the shooting started was not hurt."}},
	{ruleDeathOne,
		[]figureCase{{text: "A 37-year-old man sitting on a porch was killed Saturday afternoon in a triple shooting.", count: 1},
			{text: "A woman walking home from work was shot dead on Friday.", count: 1}},
		[]string{"A man sitting on a porch was wounded in the shooting.", "A man driving a stolen car was arrested on Friday."}},
	// gv1: a predicate of hurt the subject shares with a verb of death
	// ("was shot in the chest and later died"); "where he died" after an
	// active verb may be its object's, and a stop run into the next
	// sentence ends the reading
	{ruleDeathOne,
		[]figureCase{{text: "Police said a man was shot in the chest and later died at the hospital.", count: 1},
			{text: "Winston Brown, 16, suffered an accidental gunshot wound to the face and later died at a hospital, police said.", count: 1},
			{text: "Kwamaine Lovette, 22, was shot in the chest and taken to Mount Sinai Hospital, where he died at 11:37 a.m.", count: 1}},
		[]string{"A man was shot in the leg and is expected to survive.",
			"Two people were wounded and later released from the hospital."}},
	{ruleDeathList,
		[]figureCase{{text: "An 18-year-old man and 19-year-old man suffered gunshot wounds to the head and were pronounced dead on the scene.", count: 2}},
		[]string{"Before paramedics arrived, the two deputies rushed the girl to the hospital, where she was treated.",
			"Three other men were shot at the gas station.A 24-year-old man was wounded."}},
	{ruleDeathRetracted,
		[]figureCase{{text: "Two people were reported killed, but police did not release their names.", count: 2}},
		[]string{"Early reports said one person had died in the shooting, but that proved to be incorrect.",
			"One victim was reported to have died, but officers say he is alive.",
			"Police are working to clarify if reports that a victim has died are erroneous."}},
	{"clip-time-number",
		[]figureCase{{text: "Two men died in the crash.\n0:45 Town mourns", count: 2}},
		[]string{"The vigil was quiet.\n1:27 1 dead after crash on the bypass"}},
	// round 8c: "from" and a place after a victim, up to the verb
	{ruleDeathOne,
		[]figureCase{{text: "On Dec. 3, a 58-year-old man from Midland was killed when his truck rolled.", count: 1},
			{text: "A woman from Orillia who was airlifted to Toronto succumbed to her injuries overnight.", count: 1}},
		[]string{"A witness from Leeds was shot in the leg.", "A man from Leeds told reporters the crash was loud.",
			"A woman from Orillia was arrested on Friday."}},
	// round 8c: a description between commas closed right before a verb
	// of dying: "One person, a man in his 40s, died at the scene"
	{ruleDeathOne,
		[]figureCase{{text: "One person, a man in his 40s, died at the scene.", count: 1},
			{text: "The driver, a 45-year-old woman, later died in hospital.", count: 1},
			{text: "One of the victims, a 25-year-old man, died at the hospital.", count: 1}},
		[]string{"The driver, a 45-year-old woman, survived.", "One of them, a 16-year-old girl, was taken to hospital.",
			"One of the victims, a 25-year-old man, told police he had been robbed."}},
	// round 8c: the people of a US state, a province or an Australian state
	// (victims.tsv) counted as the dead
	{ruleDeathPass,
		[]figureCase{{text: "Statewide, 4,762 Pennsylvanians died of drug overdoses in 2023.", count: 4762},
			{text: "Last year 31 Queenslanders were killed on the state's roads.", count: 31}},
		[]string{"About 300 Ontarians were evacuated from the valley.", "The Texans beat the Colts 24 to 17 on Sunday."}},
	// round 8c: the figure a toll is compared with after "a peak (high,
	// low) of" (earlier-noun in words_deaths.tsv)
	{ruleDeathCompare,
		[]figureCase{{text: "The county recorded 41 overdose deaths, down from a peak of 60 in 2020.", count: 60},
			{text: "Road deaths fell to 184 last year, down from a high of 212 in 2019.", count: 212}},
		[]string{"Ticket sales fell to 4,000, down from a peak of 5,400 in 2021.", "Hospital admissions fell to 41 last year, down from a peak of 60 in 2020."}},
	// round 8c: a gapped part whose repeated phrase, or the figure's own,
	// is a year: "118 overdose deaths in 2023 and 141 in 2022"
	{ruleDeathSubset,
		[]figureCase{{text: "The county recorded 118 overdose deaths in all of last year and 141 in 2022, the worst year on record.", count: 141},
			{text: "Eight people were killed in shootings in 2023 and 11 in 2024.", count: 11}},
		[]string{"Police arrested 118 people in 2023 and 141 in 2022.", "The clinic treated 118 patients in 2023 and 141 in 2022."}},
	// round 8c: the missing whose bodies or remains were found
	{ruleDeathAdj,
		[]figureCase{{text: "The bodies of the two missing fishermen were found on Sunday.", count: 2},
			{text: "Divers recovered the bodies of three missing children on Monday.", count: 3}},
		[]string{"The search for the two missing fishermen resumed on Sunday.", "The two missing fishermen were found alive on Sunday.",
			"The families of the two missing fishermen waited on the quay."}},
	// round 8c: an ordinal alone before "died" counts the dead so far, as
	// "a fourth victim died" does
	{ruleDeathOne,
		[]figureCase{{text: "Three people died at the scene and a fourth died later in hospital.", count: 4},
			{text: "Two people were killed on Friday. A third died in hospital on Sunday.", count: 3}},
		[]string{"Of the 90 patients admitted, a third died.", "Two men were hurt. A third fled the scene.",
			"Two men were hurt. A third was taken to hospital."}},
	// round 8c: a phrase that puts the victim in a vehicle (vehicle in
	// words_deaths.tsv) is stepped over up to the verb
	{ruleDeathOne,
		[]figureCase{{text: "The driver of the car died at the scene.", count: 1},
			{text: "The pilot of a small plane died when it crashed near the airfield.", count: 1}},
		[]string{"The driver of the car was arrested.", "The driver of the car told police he had not seen the cyclist.",
			"The owner of the car said it had been stolen."}},
	// round 8c: more verbs with "to death" and "breathed his (her,
	// their) last" (death_words.tsv), as Indian and local reports write them
	{ruleDeathPass,
		[]figureCase{{text: "Five persons were charred to death when a fire broke out in a godown.", count: 5},
			{text: "Two of the injured breathed their last on the way to hospital.", count: 2}},
		[]string{"Five persons were charred when a fire broke out in a godown.", "Two of the injured were breathing on their own on Monday."}},
	{ruleDeathOne,
		[]figureCase{{text: "A seven-year-old boy was mauled to death by stray dogs.", count: 1},
			{text: "The boy breathed his last at the district hospital on Monday.", count: 1}},
		[]string{"A seven-year-old boy was mauled by stray dogs.", "The boy breathed a sigh of relief at the district hospital."}},
	// round 8c: "road toll", the year's dead on the roads in Australian and
	// New Zealand usage, is a death toll as "death toll" is
	{ruleDeathToll,
		[]figureCase{{text: "It brings the Queensland road toll to 198 for the year.", count: 198},
			{text: "The state's road toll now stands at 212.", count: 212}},
		[]string{"The road toll on the M7 rose to 8 dollars for cars.", "Drivers paid a road toll of 12 dollars."}},
	// round 8c: "pair" names two people as "couple" does (victims.tsv)
	{ruleDeathList,
		[]figureCase{{text: "The pair were declared dead on scene.", count: 2},
			{text: "The pair, aged 19 and 20, died at the scene.", count: 2}},
		[]string{"The pair were arrested on Monday.", "A pair of boots was found by the river."}},
	// round 8c: an aside that lists the people counted may close right
	// before a verb of dying, as before "were"
	{ruleDeathPass,
		[]figureCase{{text: "Three family members, a mother and her two daughters, perished in the blaze.", count: 3},
			{text: "The two victims, a man and a woman, died at the scene.", count: 2}},
		[]string{"The two victims, a man and a woman, told police they were robbed.", "The two suspects, a man and a woman, fled the scene."}},
	// session 24 (dt2): "did not survive" is a death when what did not
	// survive can die: a number, people or the injured; a bill or an
	// entrant that "did not survive the vote" did not die, nor did people
	// who "survived"
	{ruleDeathPass,
		[]figureCase{{text: "Five of the wounded did not survive the journey to hospital.", count: 5},
			{text: "Eight people were shot; three did not survive.", count: 3}},
		[]string{"Four of the wounded survived the journey to hospital.", "Two amendments did not survive the committee vote.",
			"The 30 hostages did survive the ordeal."}},
	// session 24 (dt2): those a state or mourners bury are dead; a
	// landslide or rubble buries the living too
	{ruleDeathActive,
		[]figureCase{{text: "The village buried seven fishermen on Saturday.", count: 7},
			{text: "Kenya buried 14 police officers after the raid.", count: 14}},
		[]string{"A mudslide buried seven fishermen's huts and 14 villagers.", "Collapsed rubble buried 14 police officers for an hour."}},
	// session 24 (dt2): "the last of the N" dead are all N
	{ruleDeathActive,
		[]figureCase{{text: "Relatives buried the last of the 11 miners on Monday.", count: 11}},
		[]string{"Police freed the last of the 11 miners on Monday."}},
	// ... and past "later" or "also" before the verb
	{ruleDeathPass,
		[]figureCase{{text: "Two people, a man and a woman, later died in hospital.", count: 2}},
		[]string{"Two people, a man and a woman, later told police they were robbed."}},
	// round 8c: a number joined by a slash to another is a date or a
	// ratio, no count: "9/11", "24/7"
	{ruleDeathActive,
		[]figureCase{{text: "The raid killed 9 militants on Sunday.", count: 9}},
		[]string{"The 2011 raid that killed 9/11 plotter Osama bin Laden was praised.", "The raid killed 12/13 of the targets on the list, officials said."}},
	// round 11: a bare plural noun for people after "and" shares the count
	// of the group before it ("about 1,000 soldiers and police officers"),
	// so that a list of counted groups reads on to its verb
	{ruleDeathSubset,
		[]figureCase{{text: "More than 3,200 militants and about 1,000 soldiers and police officers were killed in the insurgency.", count: 3200},
			{text: "Officials said 32 militants and 10 soldiers and militiamen were killed.", count: 10}},
		[]string{"More than 3,200 militants and about 1,000 soldiers and police officers were wounded in the insurgency.",
			"About 1,000 soldiers and police officers were deployed to the region."}},
	// (dt3, session 25: hedged parts give no sum, so the sum's row
	// reads exact parts; the hedged sentence keeps its parts above)
	{ruleDeathPass,
		[]figureCase{{text: "Officials said 3,200 militants and 1,000 soldiers and police officers were killed in the insurgency.", count: 4200}},
		[]string{"Officials said 3,200 militants and 1,000 soldiers and police officers were arrested in the insurgency."}},
	// r12b: nouns for people the victim list lacked, outlaws and people
	// of an expedition among them (data/victims.tsv)
	{ruleDeathPass,
		[]figureCase{{text: "Eight pirates were killed when navy commandos stormed the tanker.", count: 8},
			{text: "Three poachers were shot dead by rangers in the park.", count: 3}},
		[]string{"Eight pirates were arrested when navy commandos stormed the tanker.",
			"Three poachers were caught by rangers in the park."}},
	{ruleDeathActive,
		[]figureCase{{text: "The avalanche hit the base camp, killing seven guides and two climbers.", count: 9}},
		[]string{"The avalanche hit the base camp, trapping seven guides and two climbers."}},
	// r12b: "up to" after a verb of revision or rising right before it
	// is the toll's direction, no hedge ("was revised up to 51")
	{ruleDeathToll,
		[]figureCase{{text: "The toll from the militia attack on the camp was revised up to 51 from an initial 23.", count: 51},
			{text: "The death toll has gone up to 30, the ministry said.", count: 30}},
		[]string{"The toll could go up to 30, officials fear.", "The number of injured was revised up to 51."}},
	// r12b: a possessive before the total that a verb raises ("raising
	// the week's total to 40")
	{ruleDeathToll,
		[]figureCase{{text: "The violence claimed another 12 victims on Sunday, raising the week's total to 40.", count: 40},
			{text: "The storm killed 12 more people, bringing the province's official total to 40.", count: 40}},
		[]string{"The storm injured 12 more people, bringing the province's total to 40."}},
	// r12b: a part of a toll named by a state's people after "of them"
	// ("two of them Filipino"), by a place with "alone" after it ("96 in
	// the capital alone") or by one of something ("in a single village")
	{ruleDeathSubset,
		[]figureCase{{text: "A missile struck the ship, killing three of its crew, two of them Filipino.", count: 2},
			{text: "The quake killed 300 people, 96 of them in the capital alone.", count: 96},
			{text: "Landslides killed 34 people in the district, 12 of them in a single village.", count: 12}},
		[]string{"A missile struck the ship, injuring three of its crew, two of them Filipino.",
			"The quake injured 300 people, 96 of them in the capital alone."}},
	// r12b: a fronted "Of the N victims," whose N a sentence of killing
	// gave before is the dead; a way of dying after the part ("were shot
	// or stabbed") is no injury among the dead
	{ruleDeathPass,
		[]figureCase{{text: "At least 31 inmates were killed in the riot. Of the 31 victims, 27 were members of one gang.", count: 27},
			{text: "Of the 31 dead, 27 were shot or stabbed.", count: 27}},
		[]string{"The gunman shot five people at the bar. Of the 5 victims, 3 were shot in the head.",
			"Of the 31 wounded, 27 were shot or stabbed."}},
	// r13b: a later figure of the same count, told by a noun or "it" that
	// stands for it in the figure's sentence or the next one
	{ruleDeathToll,
		[]figureCase{{text: "Fighting in the border district left 23 dead on Thursday, a figure that rose to 29 by nightfall.", count: 29},
			{text: "Officials had initially reported seven dead. By Thursday morning the figure had doubled to 14.", count: 14},
			{text: "The toll was first put at 30 on Friday. Regional officials raised it to 47 early on Saturday.", count: 47},
			{text: "Lower Silesia reported nine deaths. The national figure stood at 18 on Friday, up from 11 a day earlier.", count: 18}},
		[]string{"The storm damaged four schools. The figure for damaged homes rose to 400.",
			"The blast wounded six people. The figure rose to 60 overnight."}},
	// r13b: a fronted "Of the N," whose bare N is a death figure told
	// before is the dead too
	{ruleDeathPass,
		[]figureCase{{text: "The death toll from the clashes rose to 23 on Thursday. Of the 23, ten were soldiers.", count: 10}},
		[]string{"Police arrested 23 people at the march. Of the 23, ten were students.",
			"The crash injured 23 people, but nobody was killed. Of the 23, ten were children."}},
	// r13b: the later parts of the dead that a fronted "of" phrase opens,
	// each after a comma or "and", with or without a verb
	{ruleDeathSubset,
		[]figureCase{{text: "Gunmen killed 52 people at the camp. Of the 52 dead, 23 were Sudanese, 14 were Chadian and nine came from Niger.", count: 14},
			{text: "Gunmen killed 52 people at the camp. Of the 52 dead, 23 were Sudanese, 14 were Chadian and nine came from Niger.", count: 9},
			{text: "The bus bombing killed 40 people. Of the 40 victims, 22 were Nepali and 11 Indian, the embassy said.", count: 11}},
		[]string{"Of the 52 wounded, 23 were Sudanese, 14 were Chadian and nine came from Niger.",
			"Of the 52 migrants rescued, 23 were Sudanese and 14 Chadian."}},
	// r12b: hanging, beheading, electrocution and suffocation state deaths
	// (death_words.tsv)
	{ruleDeathPass,
		[]figureCase{{text: "Four inmates were found hanged in their cells, the prisons agency said.", count: 4},
			{text: "Two children suffocated in the locked car.", count: 2}},
		[]string{"Four flags were hanged on the prison wall.", "Two children were rescued from the locked car."}},
	{ruleDeathActive,
		[]figureCase{{text: "The authorities hanged 12 prisoners on Tuesday, a rights group said.", count: 12}},
		[]string{"The authorities pardoned 12 prisoners on Tuesday, a rights group said."}},
	// session 9: an animal whose noun ends as nouns for people do
	// ("pheasants", "elephants", "lobsters": not-agent) is no victim
	{ruleDeathActive,
		[]figureCase{{text: "An elephant killed two villagers in Assam on Tuesday.", count: 2},
			{text: "The raiders killed 12 militants near the border.", count: 12}},
		[]string{"Hunters killed two elephants near the park boundary on Sunday.",
			"A fox killed 12 pheasants on the estate overnight.", "The heatwave killed 200 lobsters in the tanks."}},
	// r12b: an inverted "Killed in the attack were" names the dead next,
	// and a noun for people before another one ending the phrase is its
	// modifier ("a civilian interpreter")
	{ruleDeathList,
		[]figureCase{{text: "Killed in the attack were four soldiers and a civilian interpreter.", count: 5},
			{text: "Killed on the road to Goma were two aid workers and a civilian contractor.", count: 3}},
		[]string{"Injured in the attack were four soldiers and a civilian interpreter, the army said.",
			"Killed in the attack, he said, were hopes of a truce with the rebels."}},
	// r12b: "a family of N" after "among them" or "including" is a part
	// of the dead a killing before it in the sentence counted
	{ruleDeathActive,
		[]figureCase{{text: "Israeli strikes on Saturday killed 22 people in Gaza, among them a family of seven in Deir al-Balah.", count: 7},
			{text: "The strikes killed 22 people, including a family of five.", count: 5}},
		[]string{"The strikes wounded 22 people, including a family of five.", "The storm hit 22 homes, among them a family of seven."}},
	// r12b: bodies counted before their number, identified or collected
	// after it, are of the dead
	{ruleDeathAdj,
		[]figureCase{{text: "Medical sources counted 23 bodies at the hospital morgue.", count: 23},
			{text: "Twelve bodies have been identified so far, police said.", count: 12}},
		[]string{"Officials counted 23 bodies of water in the park.", "Two bodies of evidence were identified by the court."}},
	// gv2: a speaker before "said" or "confirmed" is no victim of the
	// death that follows ("Sheriff NAME on Thursday said both died" is
	// the two, not the sheriff); after "was" the verb is the death's
	{ruleDeathList,
		[]figureCase{{text: "Sheriff Dana Ortiz on Thursday said both died of gunshot wounds.", count: 2},
			{text: "Ray Mendez confirmed both were killed.", count: 2},
			{text: "The two hikers were said to have died of exposure.", count: 2}},
		[]string{"Deputy Ray Mendez on Friday said nobody died.", "Ray Mendez on Friday said nobody was killed."}},
	// gv2: a person after a title of several words opens the clause of
	// a death wherever the clause starts ("On Monday, Police Officer
	// NAME was shot and killed"); a capitalised word before a role
	// ("Court Officer") and a possessive ("Sheriff's Deputy") belong to
	// the title
	{ruleDeathOne,
		[]figureCase{{text: "On Monday, Police Officer Dana Ortiz was shot and killed during a traffic stop.", count: 1},
			{text: "Court Officer Ray Mendez died at the scene.", count: 1},
			{text: "Sheriff's Deputy Ana Ruiz was killed on Friday when her cruiser was struck.", count: 1}},
		[]string{"On Monday, Police Officer Dana Ortiz was shot and wounded during a traffic stop.",
			"Court Officer Ray Mendez said the suspect was taken to hospital."}},
	{ruleDeathList,
		[]figureCase{{text: "Officer Dana Ortiz and Court Officer Ray Mendez were shot and killed inside the courthouse.", count: 2},
			// dt6 (session 26): the people pass now reads the first name
			// too (occupation-title), so both count
			{text: "Security Supervisor Dana Ortiz and Court Officer Ray Mendez were shot and killed inside the courthouse.", count: 2}},
		[]string{"Officer Dana Ortiz and Court Officer Ray Mendez were shot and wounded inside the courthouse."}},
	// gv2: a list of victims that opens with a counted group and adds
	// one person after "his", "her" or "their" keeps the group's count as
	// a part, as "three gendarmes and a civilian" does; a list that opens
	// with one person ("a mother and three of her children", held-out
	// gold) gives the sum alone
	{ruleDeathSubset,
		[]figureCase{{text: "Three children and their grandfather died in the house fire.", count: 3},
			{text: "Their two sons and a nephew were killed in the crash.", count: 2}},
		[]string{"Three children and their grandfather were rescued from the house fire.",
			"Their two sons and a nephew were hurt in the crash."}},
	// gv2: ages between commas after a counted group, with "years old"
	// or after "ages", before the verb or before "and" and another item
	{ruleDeathPass,
		[]figureCase{{text: "Two cousins, 16 and 18 years old, were found shot and killed in a parked car.", count: 2}},
		[]string{"Two cousins, 16 and 18 years old, were found shot and wounded in a parked car."}},
	{ruleDeathList,
		[]figureCase{{text: "Two boys, ages 4 and 7, and their grandmother were found dead in the house.", count: 3}},
		[]string{"Two boys, ages 4 and 7, and their grandmother were found unharmed in the house."}},
	{ruleDeathSubset,
		[]figureCase{{text: "Two boys, ages 4 and 7, and their grandmother were found dead in the house.", count: 2}},
		[]string{"Two boys, ages 4 and 7, and their grandmother were taken to hospital."}},
	// gv2: a kin noun after "his ... and" may have an adjective of
	// relative age before it ("his mom and younger brother")
	{ruleDeathList,
		[]figureCase{{text: "Her father and younger sister were found dead in the apartment.", count: 2},
			{text: "His mother and older brother died in the fire.", count: 2}},
		[]string{"Her father and younger sister were found unharmed in the apartment.", "His mother and older brother were outside."}},
	// fx2: a spelled number goes on after "hundred and" with a hyphened
	// tens word: "three hundred and forty-five" is 345, not 45
	{ruleDeathPass,
		[]figureCase{{text: "Three hundred and forty-five people died in the quake, the agency said.", count: 345}},
		[]string{"Three hundred and forty-five people were evacuated before the quake, the agency said."}},
	// fx2: "upward of" hedges as "upwards of" does
	{ruleDeathActive,
		[]figureCase{{text: "The fighting has killed upward of 300 people since March.", count: 300}},
		[]string{"The fighting has displaced upward of 300 people since March."}},
	// fx2: "taken N lives" is "claimed N lives"
	{ruleDeathActive,
		[]figureCase{{text: "The epidemic has taken 512 lives in the province this year.", count: 512}},
		[]string{"The rebels have taken 512 hostages in the province this year."}},
	// fx2: "the lives of" two counted groups is their sum, as "killed
	// six officers and 14 villagers" is; the groups are parts
	{ruleDeathOf,
		[]figureCase{{text: "The raid cost the lives of six police officers and 14 villagers.", count: 20}},
		[]string{"The doctors saved the lives of six police officers and 14 villagers."}},
	{ruleDeathSubset,
		[]figureCase{{text: "The raid cost the lives of six police officers and 14 villagers.", count: 14}},
		[]string{"The raid cost the jobs of six police officers and 14 villagers."}},
	// fx2: "among the N who died were M" names a part of the dead, as
	// "among the dead were M" does
	{ruleDeathPass,
		[]figureCase{{text: "Among the 40 who perished were seven children from one school.", count: 7}},
		[]string{"Among the 40 who survived were seven children from one school."}},
	// fx2: "of whom N were" after a toll opens a part of it
	{ruleDeathSubset,
		[]figureCase{{text: "The toll from the crush rose to 52, of whom 20 were children.", count: 20}},
		[]string{"Police detained 52 people after the match, of whom 20 were children."}},
	// fx2: the count or number of (confirmed) dead is a toll
	{ruleDeathToll,
		[]figureCase{{text: "The number of confirmed dead is 88, the governor said.", count: 88},
			{text: "The official count of dead stands at 14.", count: 14}},
		[]string{"The number of confirmed cases is 88, the governor said.", "The official count of votes stands at 14."}},
	// fx2: a toll "already N" in an aside or after "is"; a plural noun
	// after the number makes it another count
	{ruleDeathToll,
		[]figureCase{{text: "The flood's death toll, already 64 in the capital, is likely to rise.", count: 64}},
		[]string{"The drought took its toll, already 64 farms lost."}},
	// fx2: a toll given in lives is a death toll with no killing word;
	// an insurgency is an event of death
	{ruleDeathToll,
		[]figureCase{{text: "Aid groups put the toll at 3,100 lives since 2019.", count: 3100},
			{text: "Monitors put the insurgency's toll at about 900.", count: 900}},
		[]string{"The recession took a toll on 3,100 lives.", "Monitors put the insurgency's cost at about 900 million."}},
	// fx2: "not one of N was killed" is none
	{"negated-one",
		[]figureCase{{text: "One of the 30 hikers was killed by the rockfall.", count: 1}},
		[]string{"Not one of the 30 hikers was killed by the rockfall."}},
	// fx2: a particle may stand between a verb that finds bodies and
	// their number: "pulled out 9 bodies"
	{ruleDeathAdj,
		[]figureCase{{text: "Divers pulled out 9 bodies from the lake on Friday.", count: 9}},
		[]string{"Divers pulled out 9 cars from the lake on Friday."}},
	// fx2: "a 14th body was recovered": so many dead so far
	{ruleDeathRunning,
		[]figureCase{{text: "A 14th body was recovered from the mine on Monday.", count: 14}},
		[]string{"A 14th body shop was opened in the town on Monday.", "The 14th body of the series was found in the archive."}},
	// fx2: the dead with a phrase of whose they are before "number"
	{ruleDeathToll,
		[]figureCase{{text: "The dead from the two villages number 85, the mayor said.", count: 85}},
		[]string{"The dead from the two villages were buried, and survivors number 85."}},
	// fx2: "bodies" makes a force's "losses" its dead
	{ruleDeathToll,
		[]figureCase{{text: "The army's losses rose to 12 as more bodies were found.", count: 12}},
		[]string{"The firm's losses rose to 12 as more orders were cancelled."}},
	// fx2: a gapped share "for the remaining N" ends the list of places
	{ruleDeathSubset,
		[]figureCase{{text: "Kunar accounts for 40 of the dead, Laghman for 12 and Nangarhar for the remaining 9.", count: 9}},
		[]string{"Kunar accounts for 40 of the votes, Laghman for 12 and Nangarhar for the remaining 9."}},
	// fx2: a gapped place's bare number after "N dead" as after "N deaths"
	{ruleDeathGapped,
		[]figureCase{{text: "Kenya has counted 212 dead, and Uganda 87.", count: 87}},
		[]string{"Kenya has counted 212 votes, and Uganda 87.", "The storm left 212 houses flattened, and Uganda 87 roads."}},
	// fx2: militiamen and auxiliaries are victims a number counts
	{ruleDeathActive,
		[]figureCase{{text: "Gunmen killed eight militiamen and three auxiliaries near the border.", count: 11}},
		[]string{"Gunmen captured eight militiamen and three auxiliaries near the border."}},
	// dt6 (session 26): an owner's "'s" is no victim; the people after it
	// are ("his neighbour's two sons": two, not the neighbour)
	{ruleDeathObject,
		[]figureCase{{text: "A farmer shot dead his neighbour's two young sons before fleeing.", count: 2},
			{text: "Police said the driver killed a neighbour's three children on the road.", count: 3}},
		[]string{"A farmer shot dead his neighbour's dog before fleeing.",
			"Police said the driver killed the colleague's plans for the weekend."}},
	// dt6 (session 26): a name after one comma that no separator follows
	// is the one victim's apposition, not a second victim
	{ruleDeathOf,
		[]figureCase{{text: "Detectives are looking into the death of the pilot's brother, 52-year-old Omar Haddad at his farm.", count: 1}},
		[]string{"Detectives are looking into the home of the pilot's brother, 52-year-old Omar Haddad at his farm."}},
	// dt6 (session 26): a killing of oneself told of its subjects, like
	// "killed themselves": "both committed suicide" is two
	{ruleDeathList,
		[]figureCase{{text: "The coroner confirmed on Monday that both committed suicide in the cabin.", count: 2},
			{text: "Investigators believe the two brothers took their own lives after the raid.", count: 2}},
		[]string{"The coroner said on Monday that both had threatened to commit suicide in the cabin.",
			"Investigators believe the two brothers attempted suicide after the raid."}},
	// dt6 (session 26): a capitalised noun for a person by its ending
	// after a lower-case word ("said Supervisor Ana Ruiz") is a title, so
	// the people pass reads the name and the victim counts
	{ruleDeathOne,
		[]figureCase{{text: "Police said Supervisor Ana Ruiz was killed when the roof of the plant fell in.", count: 1}},
		[]string{"Police said Supervisor Ana Ruiz was hurt when the roof of the plant fell in."}},
}

var troopRules = []figureRule{
	// fx5 (session 25): a coast guard's ship is a warship for its crew
	{ruleTroopForce,
		[]figureCase{{text: "A Japan Coast Guard vessel arrived in Naha with a crew of 40.", count: 40, country: "JP"}},
		[]string{"The fishing cutter arrived in Suva with a crew of 11.", "The cruise ship docked in Male with a crew of 95, officials said."}},
	// fx5 (session 25): "the number could rise to N" after a troop
	// figure of the sentence whose noun does not follow its number (the
	// passage fx5-number-after-named-force has the negative)
	{ruleTroopNumber,
		[]figureCase{{text: "The Defence Ministry said about 700 Self-Defense Forces personnel had been flown to the islands, and that the number could rise to 1,200 this week.", count: 1200, country: "JP"}},
		nil},
	// fx5 (session 25): a figure quoted with its hedge, the noun after
	// the closing mark
	{ruleTroopNoun,
		[]figureCase{{text: "Rabat has massed what one officer called 'at least 2,000' gendarmes on the border.", count: 2000, country: "MA"}},
		[]string{"He said the answer was '2,000' and gendarmes laughed."}},
	// fx5 (session 25): the size a force changes from, its noun weak
	{ruleTroopNoun,
		[]figureCase{{text: "The force in Kosovo will shrink from about 300 police to 120 by June.", count: 300, country: "XK"}},
		[]string{"The club's guard rota will shrink from 40 officers to 15.", "The hospital in Kosovo will shrink from about 300 nurses to 120 by June."}},
	// fx5 (session 25): a bare "company of N" after a count of troops in
	// its sentence is a formation
	{ruleTroopForce,
		[]figureCase{{text: "Lima asked for 300 soldiers but got only a company of about 90.", count: 90, country: "PE"}},
		[]string{"Lima asked for 300 tents but got only a company of about 90."}},
	// fx5 (session 25): a first figure whose state a second figure's
	// state follows, the noun shared: "40 Japanese and 35 Australian
	// engineers"
	{ruleTroopNoun,
		[]figureCase{{text: "Seoul and Manila will send a team of 60 Korean and 45 Filipino medics to the camp.", count: 60, country: "KR"}},
		[]string{"Seoul and Manila will send a team of 60 Korean and 45 Filipino tourists to the camp."}},
	// fx5 (session 25): "coast guard" as a modifier, joined to another
	{ruleTroopNoun,
		[]figureCase{{text: "Manila put 1,800 coast guard and navy personnel on alert.", count: 1800, country: "PH"},
			{text: "Manila put 900 coast guard personnel on alert.", count: 900, country: "PH"}},
		[]string{"The resort hired 40 coast guard volunteers."}},
	// fx5 (session 25): personnel a war "cost" a state are a loss, no
	// deployment (casualty filter)
	{"cost-loss",
		[]figureCase{{text: "The war will cost 20 million dollars, and Mali will send 600 soldiers.", count: 600, country: "ML"}},
		[]string{"The border war cost Mali 600 soldiers.", "The border war cost Mali 600 soldiers and Niger 200 troops."}},
	// tr2 (session 25): a force's noun before "of" and the name of the
	// body that owns it, as the subject of "will number"
	{ruleTroopForce,
		[]figureCase{{text: "The rapid reaction force of the East African Community will number 3,000 at first.", count: 3000}},
		[]string{"The board of the Bank of England will number 12 at first."}},
	// tr2 (session 25): an adverb before "put at" or "estimated at" in
	// apposition to personnel; not personnel after "the cost of the"
	{ruleTroopForce,
		[]figureCase{{text: "Cairo's soldiers in Libya, variously estimated at 2,000 to 4,000, guard the oil fields.", count: 4000, country: "EG"}},
		[]string{"The cost of the soldiers, variously put at 2,000, is rising."}},
	// tr2 (session 25): a size noun before a town the gazetteer does not
	// know, after "in", resized: "bring their numbers in Tapa to 300"
	{ruleTroopNumber,
		[]figureCase{{text: "The Dutch will bring their numbers in Rukla to 250 next year.", count: 250, country: "NL"}},
		[]string{"The Dutch will bring their prices in Rukla to 250 next year."}},
	// tr2 (session 25): a verb of deploying between a casualty word and
	// the figure makes the figure its object; officers put "on duty"
	{ruleTroopNoun,
		[]figureCase{{text: "The army has lost 30 villages and is now massing about 3,000 soldiers near the river.", count: 3000},
			{text: "Police have put 8,000 officers on duty for the vote.", count: 8000}},
		[]string{"The army has lost about 3,000 soldiers near Goma.",
			"The hospital has put 80 officers on the payroll."}},
	// tr2 (session 25): weak personnel in apposition to a state's share
	{ruleTroopNoun,
		[]figureCase{{text: "Nepal's contribution, 700 engineers and a field hospital, is the largest.", count: 700, country: "NP"}},
		[]string{"The firm's contribution, 700 engineers and a field hospital, is the largest."}},
	// tr2 (session 25): a state's presence "in the PLACE" resized to a
	// figure, bare or of "men"
	{ruleTroopNumber,
		[]figureCase{{text: "Kampala has thinned its presence in the Democratic Republic of Congo to about 1,500.", count: 1500, country: "UG"}},
		[]string{"Kampala has thinned its budget in the Democratic Republic of Congo to about 1,500."}},
	{ruleTroopNoun,
		[]figureCase{{text: "Kampala has thinned its presence in the Democratic Republic of Congo to about 1,500 men.", count: 1500, country: "UG"}},
		[]string{"The club has thinned its squad to about 25 men."}},
	// tr2 (session 25): replacements of personnel counted just before, in
	// apposition "N in all"
	{ruleTroopTotal,
		[]figureCase{{text: "Some 300 Kenyan soldiers flew home on Friday; their Ugandan successors, 320 in all, arrived on Sunday.", count: 320, country: "UG"}},
		[]string{"The old pumps were removed on Friday; their replacements, 320 in all, arrived on Sunday."}},
	// tr2 (session 25): "bringing the total in PLACE to N" reaches back
	// to the personnel as "bringing the total to N" does
	{ruleTroopNumber,
		[]figureCase{{text: "A further 150 Malian soldiers reached Gao, bringing the total in the region to about 2,000.", count: 2000, country: "ML"}},
		[]string{"A further 150 tourists reached Gao, bringing the total in the region to about 2,000."}},
	// tr2 (session 25): a list "N from A and M from B" after personnel and
	// a verb of numbering
	{ruleTroopGapped,
		[]figureCase{{text: "Troops numbering 600 from Benin and 400 from Togo will hold the line.", count: 400, country: "TG"}},
		[]string{"Tourists numbering 600 from Benin and 400 from Togo will attend the fair."}},
	// tr2 (session 25): an armed formation's noun ("a commando company")
	// of a bare number, and a time after the number ("last year")
	{ruleTroopForce,
		[]figureCase{{text: "Rome added an infantry company of 120 last year.", count: 120, country: "IT"},
			{text: "Rome added a battalion of 600 last spring.", count: 600, country: "IT"}},
		[]string{"The fund bought a trading company of 120 last year.",
			"Rome added a battalion of 600 trucks last spring."}},
	// tr3 (session 26): a state after "in" that closes a force's phrase
	// before the verb is its host, not the subject; a government's place
	// is its own
	{ruleStateDeployer,
		[]figureCase{{text: "Lisbon says its force in Mozambique will shrink to 900 by June.", count: 900, country: "PT"},
			{text: "The junta in Bamako has pulled 700 of its troops back to the capital.", count: 700, country: "ML"}},
		[]string{"Lisbon says its embassy in Mozambique will grow next year."}},
	// tr3 (session 26): a bare number added "to the N <personnel>" takes
	// their noun and state
	{ruleTroopElliptic,
		[]figureCase{{text: "The fresh battalion adds 450 to the 2,100 Ghanaian peacekeepers already deployed there.", count: 450, country: "GH"}},
		[]string{"The shipment adds 450 to the 2,100 trucks already in the depot."}},
	// tr3 (session 26): weak personnel of the element sent ahead ("an
	// advance team of"), not of any part
	{ruleTroopNoun,
		[]figureCase{{text: "A forward team of 12 officers reached Juba on Tuesday.", count: 12}},
		[]string{"A first team of 12 officers will audit the accounts."}},
	// tr3 (session 26): "men" that the army (or "it" after "the army
	// says") moves
	{ruleTroopNoun,
		[]figureCase{{text: "The navy says it has moved 800 men to the islands.", count: 800}},
		[]string{"The club says it has moved 30 men to the reserve squad."}},
	// tr3 (session 26): "N of its own" weak personnel of a state that
	// opens the clause
	{ruleTroopOf,
		[]figureCase{{text: "Georgia will guard the pass with 90 of its own border police.", count: 90, country: "GE"}},
		[]string{"The German bank replaced its guards with 40 of its own officers."}},
	// tr3 (session 26): a unit's or a state's share's size after a verb
	// of being, and "the next one" after a unit
	{ruleTroopUnitIs,
		[]figureCase{{text: "Estonia's contribution to the training mission will be about 60, officials said.", count: 60, country: "EE"},
			{text: "The Dutch battalion, about 400 soldiers, leaves in June; the next one will be no more than 350.", count: 350, country: "NL"},
			{text: "Vilnius says its contingent will be 120 by the spring.", count: 120, country: "LT"}},
		[]string{"Estonia's contribution will be 60.", "The mission is 20.", "The firm says its unit will be 250 by the spring."}},
	// tr3 (session 26): "N from A and M from B" after a personnel noun of
	// two words
	{ruleTroopGapped,
		[]figureCase{{text: "Police officers numbering 250 from Benin and 150 from Niger will guard the polls.", count: 150, country: "NE"}},
		[]string{"Tour guides numbering 250 from Benin and 150 from Niger will attend the fair."}},
	// tr3 (session 26): replacements of a state's unit told with no figure
	{ruleTroopTotal,
		[]figureCase{{text: "The Bangladeshi company left Bunia on Friday; their Nepali replacements, 160 in all, arrive on Monday.", count: 160, country: "NP"}},
		[]string{"The old pumps left the depot on Friday; their replacements, 160 in all, arrive on Monday."}},
	// tr3 (session 26): recruits whose purpose clause has only "have" are
	// an intake, not a deployment
	{ruleTroopNoun,
		[]figureCase{{text: "Kenya will recruit 2,000 more soldiers to deploy along the coast.", count: 2000, country: "KE"}},
		[]string{"The navy plans to recruit 900 new sailors next year to replace those who have left."}},
	// tr3 (session 26): "N-strong" in apposition after a force
	{ruleTroopForce,
		[]figureCase{{text: "Ghana's battalion, some 650-strong, reached Juba on Friday.", count: 650, country: "GH"}},
		[]string{"The choir, some 650-strong, sang in Juba on Friday."}},
	// tr3 (session 26): "men" a state has, keeps or moves in another state
	// or to a border
	{ruleTroopNoun,
		[]figureCase{{text: "Burundi keeps about 1,200 men inside Congo, diplomats say.", count: 1200, country: "BI"},
			{text: "Eritrea has moved 2,000 men to the border.", count: 2000, country: "ER"}},
		[]string{"Kenya sent 30 men to the games in Paris.", "Turkey has 300 men in Istanbul."}},
	// tr3 (session 26): a state's staff at a mission
	{ruleTroopNoun,
		[]figureCase{{text: "Finland keeps about 40 staff at the mission headquarters in Pristina.", count: 40, country: "FI"}},
		[]string{"Finland keeps about 40 staff at its embassy in Pristina."}},
	// tr3 (session 26, probes): a body's name between the number added to
	// and its personnel
	{ruleTroopElliptic,
		[]figureCase{{text: "The new rotation adds some 200 to the 900 European Union troops already in the country.", count: 200}},
		[]string{"The shipment adds some 200 to the 900 European Union trucks already in the country."}},
	// tr3 (session 26, probes): a formation resized, named only by its
	// noun ("detachment", "battalion")
	{ruleTroopNumber,
		[]figureCase{{text: "Oslo said its detachment in Lithuania would rise to about 250 next year.", count: 250, country: "NO"}},
		[]string{"Oslo said its budget in Lithuania would rise to about 250 next year."}},
	// tr3 (session 26, probes): "relief" relieves a unit
	{ruleTroopTotal,
		[]figureCase{{text: "The Kenyan battalion left Mogadishu on Friday; their Burundian relief, 850 in all, arrived on Sunday.", count: 850, country: "BI"}},
		[]string{"The aid convoy left Mogadishu on Friday; their relief, 850 in all, arrived on Sunday."}},
	// tr3 (session 26, probes): a unit's size after a figure of the
	// sentence; a mission's "is now 60" may be its age
	{ruleTroopUnitIs,
		[]figureCase{{text: "In 1990 the battalion counted 700 men; the present contingent is about 380.", count: 380}},
		[]string{"The UN sent peacekeepers to Cyprus in 1964. The mission is now 60."}},
	// tr3 (session 26, probes): "men" a state has abroad count only in a
	// paragraph of forces or war, and not in another state's jails
	{ruleTroopNoun,
		[]figureCase{{text: "Kenya has about 400 men in Haiti, where its police lead the mission.", count: 400, country: "KE"}},
		[]string{"Nepal has 400,000 men in Qatar, most of them building stadiums.", "Nigeria has 300 men in Ghana's prisons, the minister said."}},
	// tr3 (session 26, probes): a part of a deployment whose weak
	// personnel a figure of the sentence names
	{ruleTroopForce,
		[]figureCase{{text: "Accra has flown in some 300 officers; a second group of 150 is due next month.", count: 150, country: "GH"}},
		[]string{"The bank hired 40 officers last year; a second group of 20 is expected in May."}},
	// tr3 (session 26, probes): "It will be N strong" after a unit deployed
	{ruleTroopForce,
		[]figureCase{{text: "Kigali has offered the mission another battalion. It will be some 800 strong, officials said.", count: 800, country: "RW"}},
		[]string{"The firm bought a rival unit. It will be some 850 strong."}},
	// tr3 (session 26, held-out shapes): a weak personnel noun that
	// qualifies a strong one after an unknown modifier
	{ruleTroopNoun,
		[]figureCase{{text: "Poland will send about 120 mountain infantry troops to the drill.", count: 120, country: "PL"}},
		[]string{"Poland will send about 120 mountain infantry trucks to the drill."}},
	// tr3 (session 26, held-out shapes): a police squad of weak personnel
	{ruleTroopNoun,
		[]figureCase{{text: "A police riot squad of about 45 officers will guard the stadium.", count: 45}},
		[]string{"A cleaning squad of about 45 workers will tidy the stadium."}},
	// tr3 (session 26, held-out shapes): a bare number a state sends after
	// weak personnel its adjective names in the sentence
	{ruleTroopElliptic,
		[]figureCase{{text: "A few dozen Egyptian trainers are already in Mogadishu, and Cairo said it would send another 150.", count: 150, country: "EG"}},
		[]string{"A few dozen Egyptian tourists are already in Mogadishu, and Cairo said it would send another 150."}},
	// tr3 (session 26, held-out shapes): a force "of N troops" resized
	{ruleTroopNumber,
		[]figureCase{{text: "Madrid will cut its battalion of about 600 troops to 400 next year.", count: 400, country: "ES"}},
		[]string{"Madrid will cut its fleet of about 600 trucks to 400 next year."}},
	// tr3 (session 26, held-out shapes): a mission's size in a relative
	// clause with a state's speech
	{ruleTroopNumber,
		[]figureCase{{text: "Fifty Czech soldiers arrived on Monday, the first of a mission that Prague says will reach 250 by May.", count: 250, country: "CZ"}},
		[]string{"The first of a trade mission that Prague says will reach 25 companies arrived."}},
	// tr3 (session 26, held-out shapes): members of a body named by its
	// personnel noun
	{ruleTroopMembers,
		[]figureCase{{text: "About 250 members of Italy's carabinieri were sent north.", count: 250, country: "IT"}},
		[]string{"Some 300 members of the soldiers' union marched on Sunday."}},
	// tr3 (session 26, held-out shapes): "only" between the verb and a
	// bare number, "because" ending its phrase
	{ruleTroopElliptic,
		[]figureCase{{text: "Rome had offered up to 200 sailors in March. It now says it can spare only 90 because of the migrant crisis.", count: 90, country: "IT"}},
		[]string{"The club had offered up to 200 tickets in March. It now says it can spare only 90 because of demand."}},
	// tr3 (session 26, held-out shapes): a part of a figure drawn from
	// one of its units
	{ruleTroopGapped,
		[]figureCase{{text: "Officials said 1,500 police officers had been sent north, including 300 from the riot unit in Quito.", count: 300}},
		[]string{"Officials said 1,500 parcels had been sent north, including 300 from the sorting unit."}},
	// tr3 (session 26, held-out shapes): "it would number N (men)" takes
	// the state that deploys the unit "it" stands for, not a role's force
	// noun ("its army chief") nor the actor of the sentence before
	{ruleTroopForce,
		[]figureCase{{text: "Ghana leads the force with 900 soldiers. Togo has promised a battalion, and its army chief said on Monday that it would number about 650 men.", count: 650, country: "TG"},
			{text: "Ghana leads the force with 900 soldiers. Togo has promised a battalion. It will number about 650 men.", count: 650, country: "TG"}},
		[]string{"The club has a squad of 25 men.", "Togo has promised a stadium, and its sports minister said on Monday that it would seat about 650 people."}},
	{ruleStateDeployer,
		[]figureCase{{text: "Kenya leads the force with 1,000 officers. Benin has promised a battalion, and its defence minister said on Friday that it would number about 700.", count: 700, country: "BJ"}},
		[]string{"Benin has promised a stadium, and its sports minister said on Friday that it would seat about 700."}},
	// tr3 (session 26, held-out shapes): "his/her country's N soldiers"
	// are the state of the official named before in the sentence, not of
	// a state in the quote before
	{ruleTroopNoun,
		[]figureCase{{text: "Italian Defence Minister Marta Rossi visited Naqoura on Monday. \"Lebanon can count on us,\" Rossi said, adding that her country's 1,000 soldiers there would remain.", count: 1000, country: "IT"}},
		[]string{"The novelist said his country's 300 rivers were polluted."}},
	// tr3 (session 26, held-out shapes): a bare number a state fields
	// after a troop figure of the sentence before, in its paragraph
	{ruleTroopElliptic,
		[]figureCase{{text: "Norway has about 200 soldiers in Mali. Oslo will bring 120 of them home in May. Stockholm fields some 90 in Gao and will keep them there.", count: 90, country: "SE"}},
		[]string{"Oslo sold about 200 trucks to Mali. Stockholm fields some 90 in Gao."}},
	// tr3 (session 26): a state's personnel "in PLACE" that number a
	// figure; "market forces in China" and "the troops in Chad" (whose?)
	// are none
	{ruleTroopContingent,
		[]figureCase{{text: "Kenyan police officers in Haiti number about 400.", count: 400, country: "KE"}},
		[]string{"Market forces in China number about 400.", "The troops in Chad now number about 1,000."}},
	// tr3 (session 26): weak personnel that states "make available" are
	// pledged; a group of states as the subject names no one state
	{ruleTroopNoun,
		[]figureCase{{text: "Fiji will make 50 officers available to the mission.", count: 50, country: "FJ"},
			{text: "The ministers said member states would make up to 250 officers available for the new pool.", count: 250}},
		[]string{"The bank made 40 officers available to answer questions."}},
	// tr2 (session 25): "the (paramilitary) force" that keeps men, after a
	// troop figure of that force in the sentence
	{ruleTroopNoun,
		[]figureCase{{text: "The government flew 500 gendarmes to Bouar, where the paramilitary force already keeps some 1,200 men.", count: 1200}},
		[]string{"The rebels fled to Bouar, where the militia already keeps some 1,200 men."}},
	// tr2 (session 25): "The country", opening the sentence, is the state
	// named last in the sentence before, and so is "it" of its next clause
	{ruleTroopNoun,
		[]figureCase{{text: "The mission leans on Nigeria. The country has some 1,800 soldiers in the force, and it sent 900 troops to Liberia.", count: 900, country: "NG"},
			{text: "The mission leans on Nigeria. The country has some 1,800 soldiers in the force.", count: 1800, country: "NG"}},
		[]string{"The mission leans on Nigeria. The country has some 1,800 doctors in the force."}},
	// tr2 (session 25): weak personnel backed by, or joined to, a count of
	// a strong noun are of the same deployment; "N of them NOUN" after a
	// strong noun and a comma is a part of those personnel
	{ruleTroopNoun,
		[]figureCase{{text: "The police chief said 900 officers, supported by about 300 soldiers, would patrol the polls.", count: 900},
			{text: "Togolese troops, 200 soldiers and 40 medics, reached Lome on Friday.", count: 40, country: "TG"}},
		[]string{"The bank said 900 officers, supported by about 300 volunteers, would run the gala.",
			"The minister said 40 medics and two Federal Police aircraft were ready."}},
	{ruleTroopOf,
		[]figureCase{{text: "Togolese troops, about 200 of them soldiers and 40 medics, reached Lome on Friday.", count: 200, country: "TG"}},
		[]string{"Nurses said 50 people were hurt, 12 of them police officers."}},
	// tr2 (session 25): a named police corps ("mobile police") and Chile's
	// carabineros are personnel
	{ruleTroopNoun,
		[]figureCase{{text: "Abuja sent a further 400 mobile police to Jos on Sunday.", count: 400, country: "NG"},
			{text: "Santiago sent 250 carabineros to the border.", count: 250, country: "CL"}},
		[]string{"Abuja sold a further 400 mobile phones to Jos on Sunday."}},
	// tr2 (session 25): the size of a shortfall after "by", and conscripts
	// whom no verb deploys, are no deployment
	{ruleTroopNoun,
		[]figureCase{{text: "The army was cut by 700 soldiers last year.", count: 700},
			{text: "Moscow has sent 400 conscripts to the border.", count: 400, country: "RU"}},
		[]string{"The army missed its target by about 700 soldiers last year.",
			"About 400 conscripts failed to turn up at the barracks."}},
	// tr2 (session 25): a state's offer of a bare number in quotation
	// marks, its verb outside them
	{ruleTroopElliptic,
		[]figureCase{{text: "Oslo offered \"about 90\" but wants a mandate first.", count: 90, country: "NO"},
			{text: "Dublin pledged \"up to 150\", officials said.", count: 150, country: "IE"}},
		[]string{"The club offered \"about 90\" but wants a contract first.",
			"Oslo offered \"about 90 million\" but wants a mandate first."}},
	// tr2 (session 25): "Each will have N officers" after a sentence in
	// which a state sends formations counts each formation's personnel
	{ruleTroopNoun,
		[]figureCase{{text: "Amman has offered the mission two formed police units. Each will have 150 officers.", count: 150, country: "JO"}},
		[]string{"The bank has opened two units in Amman. Each will have 150 officers.",
			"Jordan has two army divisions. Each has 9,000 soldiers."}},
	// tr2 (session 25): personnel that a participle of sending or posting
	// follows, opening the sentence, as the subject of "now number"
	{ruleTroopContingent,
		[]figureCase{{text: "The carabinieri sent by Rome to the Libyan border now number about 120.", count: 120, country: "IT"},
			{text: "The Danish sailors stationed in the Baltic now number close to 300.", count: 300, country: "DK"}},
		[]string{"The Danish sailors wounded in the Baltic now number close to 300.",
			"The Danish sailors stationed in the Baltic since 2019 now number close to 300 years of service."}},
	// tr2 (session 25): states that send bare numbers side by side, the
	// verb left out of the second, send personnel, named or not
	{ruleTroopElliptic,
		[]figureCase{{text: "Mongolia will send 400 and Bhutan 90, the organisers said.", count: 400, country: "MN"},
			{text: "Portugal contributes 120 and Malta 30, by the latest count.", count: 120, country: "PT"}},
		[]string{"Mongolia will send 400 and Bhutan 90 tonnes of wheat.",
			"Mongolia will host 400 and Bhutan 90, the organisers said."}},
	{ruleTroopGapped,
		[]figureCase{{text: "Mongolia will send 400 and Bhutan 90, the organisers said.", count: 90, country: "BT"}},
		[]string{"Mongolia won 400 and Bhutan 90, the organisers said."}},
	// tr2 (session 25): a state's name or adjective before the force a
	// size verb resizes, as "its" does ("cut British forces in Cyprus from
	// N to M"); a capital that resizes its force is the sender, not the
	// host named after "in"
	{ruleTroopNumber,
		[]figureCase{{text: "The review will cut Dutch forces in Lithuania from 900 to about 600 next year.", count: 600, country: "NL"},
			{text: "Canberra trimmed its contingent in Fiji from 300 to 120 this spring.", count: 120, country: "AU"}},
		[]string{"The review will cut Dutch ferries in Lithuania from 900 to about 600 next year.",
			"Canberra trimmed its budget in Fiji from 300 to 120 this spring."}},
	// tr2 (session 25): "whose strength" after a force's noun (past the
	// place it serves in) counts the force, its verb's subject a capital
	{ruleTroopNumber,
		[]figureCase{{text: "The Nepali company in Naqoura, whose strength Kathmandu cut to 140 in May, will rotate home.", count: 140, country: "NP"}},
		[]string{"The Nepali bakery in Naqoura, whose staff Kathmandu cut to 140 in May, will close."}},
	// tr1 (session 23): "a ship's company of N" after a warship is its
	// crew, as "a crew of N" is
	{ruleTroopForce,
		[]figureCase{{text: "The Spanish frigate sails on Monday for the Red Sea with a ship's company of about 210.", count: 210, country: "ES"}},
		[]string{"The cruise liner left port with a ship's company of about 900.",
			"The ship's company of 210 sang on deck."}},
	// tr1 (session 23): the crews of warships named just before, as the
	// subject of "number" (perhaps "together"), are sailors; minehunters
	// are warships
	{ruleTroopContingent,
		[]figureCase{{text: "Belgium is adding two minehunters to the group; their crews together number about ninety.", count: 90, country: "BE"},
			{text: "Norway sent a frigate and a corvette; their crews number about 210.", count: 210, country: "NO"}},
		[]string{"The film's crews together number about ninety.",
			"The two ferries' crews together number about ninety."}},
	{ruleTroopForce,
		[]figureCase{{text: "Belgium is adding two minehunters to the group, with a crew of about 90.", count: 90, country: "BE"}},
		[]string{"Belgium is adding two ferries to the route, with a crew of about 90."}},
	// tr1 (session 23): "estimates of" personnel count them as "the
	// number of" does, and the upper end of "from A to B" is of A's kind
	// and state when A was read as a figure
	{ruleTroopNumber,
		[]figureCase{{text: "Estimates of the Russian troops massed near the border range from 40,000 to 50,000.", count: 50000, country: "RU"},
			{text: "Western estimates of the North Korean soldiers sent to the region vary from 10,000 to 12,000.", count: 12000, country: "KP"}},
		[]string{"Estimates of the crowd range from 40,000 to 50,000.",
			"Estimates of the soldiers killed range from 400 to 500."}},
	// tr1 (session 23): a bare number whose passive verb pledges counts
	// the personnel of the figure before, as one that is sent does
	{ruleTroopMovedSubject,
		[]figureCase{{text: "The regional force was planned at 5,000 troops, but only 1,800 have been pledged so far.", count: 1800},
			{text: "The African force needs 10,000 soldiers; so far just 3,200 have been committed.", count: 3200}},
		[]string{"The court heard 40 cases; only 12 have been committed to trial.",
			"The charity needs 500 volunteers; so far just 120 have been promised."}},
	// tr1 (session 23): a participle of changing size after a comma and
	// a troop figure gives that figure's later size: ", rising to 1,200"
	{ruleTroopNumber,
		[]figureCase{{text: "Ghana will send 500 soldiers at first, rising to as many as 1,200 by next year.", count: 1200, country: "GH"},
			{text: "Chad has 800 soldiers in Niger, falling to 300 next year.", count: 300, country: "TD"}},
		[]string{"The club has 500 members, rising to 1,200 in summer.",
			"The army lost 500 soldiers in the first week, rising to 1,200 by the end of the month."}},
	// tr1 (session 23): a capital with a bare number after "and" or a
	// comma, after a figure sent by another state, is a gapped subject
	// even when nothing after it says its government acts
	{ruleTroopGapped,
		[]figureCase{{text: "Warsaw has promised 200 soldiers to the new unit, and Prague 80.", count: 80, country: "CZ"},
			{text: "Rome will send 150 troops and Madrid 100.", count: 100, country: "ES"}},
		[]string{"Warsaw has promised 200 tractors and Prague 80.",
			"The festival drew 200 visitors to Warsaw and Prague 80."}},
	// tr1 (session 23): "among" before a noun of contributors ranks the
	// states that give personnel; before the dead or wounded it still
	// counts casualties
	{ruleTroopElliptic,
		[]figureCase{{text: "Among the European contributors, Italy has some 1,000.", count: 1000, country: "IT"},
			{text: "Among the troop-contributing nations, Nepal has about 870.", count: 870, country: "NP"}},
		[]string{"Among the wounded, Chad has 40 soldiers.",
			"Among the contributors to the fund, the bank has 1,000."}},
	// tr1 (session 23): people a verb of training takes as its object are
	// trained, not deployed, pledged or withdrawn (GUIDELINES); the
	// trainers' own figure counts
	{ruleTroopNoun,
		[]figureCase{{text: "Britain sent 120 instructors to train 2,000 Kenyan soldiers.", count: 120, country: "GB"},
			{text: "Canada keeps about 300 military instructors in Poland to train Ukrainian soldiers.", count: 300, country: "CA"}},
		[]string{"Britain has trained 30,000 Ukrainian soldiers since 2022.",
			"The mission will train 5,000 more police officers next year."}},
	{ruleTroopMembers,
		[]figureCase{{text: "Japan has sent 250 members of its Self-Defense Forces to Djibouti.", count: 250, country: "JP"}},
		[]string{"The coalition says it has trained more than 100,000 members of the Iraqi security forces."}},
	// r22a: an auxiliary between "and" and the casualty verb ("and had
	// killed more than 400 militants") leaves the verb's own counted
	// object apart from the personnel before it, as "and killed 12" does
	{ruleTroopNoun,
		[]figureCase{{text: "The Ethiopian army said it had deployed some 8,000 troops backed by drones and had killed more than 400 fighters.", count: 8000, country: "ET"},
			{text: "Nigeria has sent 600 soldiers to the state and has arrested 30 suspects.", count: 600, country: "NG"},
			{text: "The army said it had deployed some 5,000 troops in Amhara and had killed 300 \"extremists\".", count: 5000, country: "ET"}},
		[]string{"The rebels had surrounded 40 soldiers and had killed 12 of them.", "Some 40 soldiers were ambushed and were killed on the road."}},
	// r22b: "by a further N" after a verb of size is the change of the
	// force's size, as "by N" is
	{ruleTroopNumber,
		[]figureCase{{text: "The Kenyan contingent is due to shrink by a further 500 by June.", count: 500, country: "KE"},
			{text: "Britain will reduce its garrison in Cyprus by a further 300 next year.", count: 300, country: "GB"}},
		[]string{"The budget is due to shrink by a further 500 million by June.",
			"Prices rose by a further 300 points."}},
	// r23b: a troop or police "ceiling" is a force's authorised size, as
	// its "level" is; a debt ceiling or a bare ceiling is none
	{ruleTroopNumber,
		[]figureCase{{text: "The resolution cuts the mission's troop ceiling from 17,000 to 15,000.", count: 17000},
			{text: "The resolution cuts the mission's troop ceiling from 17,000 to 15,000.", count: 15000},
			{text: "The council kept the mission's police ceiling at 2,101.", count: 2101}},
		[]string{"The council raised the debt ceiling to 15,000 dollars a head.",
			"The hall's ceiling was raised to 15 metres."}},
	// r23a: a figure of personnel after "contribution of" is no count of
	// something else: the figure the contribution rises to is troops
	{ruleTroopNumber,
		[]figureCase{{text: "Jamaica's ambassador said his country's contribution of 24 soldiers would rise to 60.", count: 60, country: "JM"},
			{text: "Fiji said its contribution of 120 peacekeepers would grow to 180 next year.", count: 180, country: "FJ"}},
		[]string{"Jamaica said its contribution of 24 million dollars would rise to 60.",
			"The number of 300 migrants in the camp rose to 500 by June."}},
	// r23a: a time adverb ("now", "today") may close the figure a change
	// compares with, and "from a peak of N troops" opens the figure a
	// later "to" changes
	{ruleTroopNumber,
		[]figureCase{{text: "The reinforcement will bring the force to 4,600 soldiers from 29 countries, up from roughly 4,300 now.", count: 4300},
			{text: "The mission's strength has fallen from a peak of nearly 17,000 troops to fewer than 11,000 today.", count: 11000}},
		[]string{"The plant will make 4,600 cars a month, up from roughly 4,300 now.",
			"Ticket sales have fallen from a peak of nearly 17,000 to fewer than 11,000 today."}},
	// r22b: "under" or "during" may follow a figure a size word gives
	// ("down from about 4,000 under the earlier mission")
	{ruleTroopNumber,
		[]figureCase{{text: "Uganda now has some 4,000 troops in Somalia, down from about 6,000 under the earlier mission.", count: 6000, country: "UG"},
			{text: "Chad keeps 1,000 soldiers in the north, down from 1,500 during the offensive.", count: 1500, country: "TD"}},
		[]string{"Exports now reach 3,000 tonnes, down from about 4,000 under the old rules.",
			"The team scored 30 goals, down from 40 during the last season."}},
	// r22b: "sent hundreds of" (thousands, dozens) before the personnel a
	// later bare count of the same noun belongs to
	{ruleTroopNoun,
		[]figureCase{{text: "Ghana has sent hundreds of extra police officers to the north. The minister said 500 officers had arrived by Sunday.", count: 500, country: "GH"},
			{text: "Peru has deployed thousands of additional police officers to the capital. The ministry said 2,000 officers would stay until March.", count: 2000, country: "PE"}},
		[]string{"The firm sent hundreds of engineers to the site. Later 300 engineers arrived.",
			"The league sent dozens of referees to the tournament. About 40 referees stayed."}},
	// r22b: a capital acts for its state before "once" and a verb, and
	// before "fields" or "expects"; a bare number a state fields "with"
	// a mission is personnel
	{ruleTroopNoun,
		[]figureCase{{text: "Paris once kept 4,500 soldiers in Mali.", count: 4500, country: "FR"},
			{text: "Addis Ababa expects to send 40 military observers to the border.", count: 40, country: "ET"}},
		[]string{"Paris once kept 4,500 books in its library.",
			"The university expects to send 40 students to Addis Ababa."}},
	{ruleTroopElliptic,
		[]figureCase{{text: "Seoul fields roughly 250 with the UN force in Lebanon.", count: 250, country: "KR"},
			{text: "Spain fielded 120 with the EU mission in Somalia.", count: 120, country: "ES"}},
		[]string{"The party fields 40 candidates in the election.",
			"Spain fielded 40 players in the tournament.",
			"The club sent 300 with the mission."}},
	// r22b: "double the N envisaged" after a troop figure of its sentence
	// is the target strength, with that figure's noun and state
	{ruleTroopCompared,
		[]figureCase{{text: "Italy now has 1,200 soldiers in Lebanon, twice the 600 first planned.", count: 600, country: "IT"},
			{text: "The force will number 5,000 police officers, more than double the 2,000 envisaged last year.", count: 2000}},
		[]string{"Exports reached 5,000 tonnes, double the 2,500 planned.",
			"The museum drew 5,000 visitors, twice the 2,500 expected."}},
	// r22b: "Its strength" (size, number) opening a sentence after one that
	// names a mission is the mission's personnel
	{ruleTroopNumber,
		[]figureCase{{text: "The EU runs a small training mission in Mogadishu. Its strength reached about 300 last year.", count: 300},
			{text: "The alliance keeps an advisory mission in Kabul. Its size has fallen to 400.", count: 400}},
		[]string{"The company runs a large mission school in Baghdad. Its size reached about 1,000 pupils in 2023.",
			"The bank opened a trade mission in Lagos. Its number of clients reached 1,000 in 2023."}},
	// r22b: a year after "the end of" (or another part of a year) is a
	// date, no size of the presence named before it
	{ruleTroopNumber,
		[]figureCase{{text: "The army will cut its troop presence in the north to 2,000 by the end of the year.", count: 2000}},
		[]string{"A smaller presence would remain at the airport until the end of 2026 to support operations.",
			"The contingent will stay in the capital until the spring of 2027."}},
	// r22b: "the figure" or "that figure" after a sentence that counts
	// personnel, and "it" after a figure a "figure" gave, are the size of
	// those personnel
	{ruleTroopNumber,
		[]figureCase{{text: "Moscow first sent a few hundred instructors to Bamako in 2021. Two years later the figure had grown to about 2,000.", count: 2000, country: "RU"},
			{text: "The first Kenyan police officers, 400 of them, landed in June. Today that figure is closer to 1,000.", count: 1000, country: "KE"},
			{text: "Moscow first sent a few hundred instructors to Bamako in 2021. Two years later the figure had grown to about 2,000, and by now it has risen to 2,500.", count: 2500, country: "RU"}},
		[]string{"Exports reached 300 tonnes in 2020. The figure rose to 450 in 2023.",
			"The club had 300 members in 2020. The figure rose to 450 last year.",
			"The hospital hired 400 nurses last year. That figure will rise to 600 next year."}},
	// r22b: a state that "has", "fields" or "contributes" a bare number
	// among contributors named in its sentence or the two before gives
	// personnel; the gapped state after it shares the figure's noun
	{ruleTroopElliptic,
		[]figureCase{{text: "Jordan is the mission's biggest contributor. Amman fields roughly 700, most of them at the northern camp.", count: 700, country: "JO"},
			{text: "Nepal and Ghana are the main contributors to the force. Ghana has about 650, most of them in the east.", count: 650, country: "GH"},
			{text: "Of the twelve contributors, Chile fields 300 and Peru about 250.", count: 300, country: "CL"}},
		[]string{"Germany is the largest contributor to the fund. France has 20 seats on its board.",
			"The contributors met in Paris. The hotel has 300 rooms.",
			"Chile is one of the contributors. It has 300 days of sunshine a year."}},
	{ruleTroopGapped,
		[]figureCase{{text: "Of the twelve contributors, Chile fields 300 and Peru about 250.", count: 250, country: "PE"},
			{text: "Among the smaller contributors, Finland contributes 90 and Estonia 40, mostly engineers.", count: 40, country: "EE"}},
		[]string{"Among the smaller contributors, Finland contributes 90 million euros and Estonia 40."}},
	// r20f: a verb that puts personnel on standby before the number, and
	// "on" a state of readiness or duty after the weak personnel noun
	{ruleTroopNoun,
		[]figureCase{{text: "The police department will put 15 extra officers on patrol downtown through the weekend.", count: 15},
			{text: "The commissioner placed 300 officers on alert before the derby.", count: 300},
			{text: "The city will put 40 more officers on the streets this summer.", count: 40}},
		[]string{"The mayor put 40 officers on leave after the inquiry.",
			"The firm put 40 workers on notice of redundancy.",
			"The 15 officers on patrol that night saw nothing unusual."}},
	// fx1: a list of states before a list of bare numbers that share the
	// last one's personnel pairs them in order without "respectively";
	// lists of unequal length give no state
	{ruleTroopNoun,
		[]figureCase{{text: "Ghana, Nigeria, Niger and Chad will send 100, 200, 300 and 400 soldiers.", count: 300, country: "NE"},
			{text: "Ghana and Nigeria will send 100 and 200 soldiers.", count: 200, country: "NG"},
			{text: "Ghana, Nigeria and Chad will send 100 and 200 soldiers.", count: 200, country: ""}},
		[]string{"Ghana, Nigeria, Niger and Chad will send 100, 200, 300 and 400 tonnes of grain.",
			"Ghana and Nigeria will spend 100 and 200 days on the talks."}},
	// fx1: a gapped clause with an object and "with" before its bare
	// number takes the personnel of the clause it repeats
	{ruleTroopGapped,
		[]figureCase{{text: "Italy will keep a destroyer with roughly 230 crew, and France a frigate with about 170.", count: 170, country: "FR"},
			{text: "Italy will send a battalion with 800 soldiers and Spain a company with 150.", count: 150, country: "ES"}},
		[]string{"The airline will keep a plane with roughly 230 seats, and France a jet with about 170.",
			"Italy will keep a destroyer with 16 missiles, and France a frigate with about 12."}},
	// fx1: a state that "is among" others "and has" personnel, or a
	// relative clause on it before "has": no casualty's "among"
	{ruleTroopNoun,
		[]figureCase{{text: "Bangladesh is among the largest contributors to the mission and has about 1,400 troops in the country.", count: 1400, country: "BD"},
			{text: "Nepal, which is among the largest contributors, has about 900 troops in the country.", count: 900, country: "NP"}},
		[]string{"The two were among 12 soldiers killed in the attack.",
			"Among the dead, the army has counted three soldiers."}},
	// fx1: a mission's acronym before a relative clause that has its
	// personnel
	{ruleTroopNoun,
		[]figureCase{{text: "MINUSCA, which has about 14,000 uniformed personnel, has lost more than 200 peacekeepers since 2014.", count: 14000},
			{text: "KFOR, which has about 4,600 troops, was set up in 1999.", count: 4600}},
		[]string{"The army, which has about 80,000 troops, was set up in 1964.",
			"AEFA, which has 12,000 advisers, was set up in 1999."}},
	// r18b: contingents or missions in the plural in the sentence before
	// make weak personnel nouns their members, as the singular does
	{ruleTroopNoun,
		[]figureCase{{text: "Tanzanian and Malawian contingents are due to leave in December. Malawi's army spokesman, Colonel Emmanuel Mlenga, said 120 engineers would stay behind for a few weeks.", count: 120, country: "MW"}},
		[]string{"The missions were praised. The firm said 40 engineers would stay.",
			"The contingents left in May. The council said 40 engineers would stay to repair the road."}},
	// r18b: "Another 600", "The remaining 600" after a figure of a weak
	// noun in the sentence before, of its paragraph
	{ruleTroopContinued,
		[]figureCase{{text: "Kenya has deployed 400 officers to Haiti. Another 600 will follow.", count: 600, country: "KE"},
			{text: "Kenya has deployed 400 officers to Haiti. The remaining 600 will follow in May.", count: 600, country: "KE"}},
		[]string{"The club signed 40 players. Another 6 will follow.",
			"The firm sent 40 engineers. Another 60 will follow."}},
	// r18b: "are ready" moves a part of the sentence's troop figure, of its
	// state or of none
	{ruleTroopMovedSubject,
		[]figureCase{{text: "Britain has pledged 5,000 troops. About 2,000 are ready.", count: 2000, country: "GB"},
			{text: "Ukraine's allies have pledged roughly 30,000 troops for a reassurance force, but only about 10,000 are ready to deploy.", count: 10000, country: ""}},
		[]string{"The firm ordered 300 tanks, but only 100 are ready.",
			"The club has 300 players, but only 100 are ready."}},
	// r18b: "N of the" + a state's adjective + personnel is that state's part
	{ruleTroopOf,
		[]figureCase{{text: "About 1,200 of the American marines will operate from Batanes.", count: 1200, country: "US"}},
		[]string{"About 300 of the Kenyan soldiers were killed in the attack.",
			"About 300 of the Kenyan tourists will operate from Batanes."}},
	// r18b: a mission's acronym with a parenthetical before "has" holds its
	// personnel: no strength
	{ruleTroopNoun,
		[]figureCase{{text: "UNFICYP, which was set up in 1964, has about 800 troops and 69 police officers.", count: 800},
			{text: "KFOR, which was set up in 1999, has about 4,600 troops.", count: 4600}},
		[]string{"The army, which was set up in 1964, has about 80,000 troops.",
			"AEFA, which was set up in 1999, has 12,000 advisers."}},
	// r18b: a force's name before strong personnel ("air force personnel")
	// and a corps named before its members ("Carabinieri officers") are
	// modifiers of the personnel
	{ruleTroopNoun,
		[]figureCase{{text: "Australia's contribution to the mission will be 90 air force personnel and two surveillance aircraft.", count: 90, country: "AU"},
			{text: "Italy has 30 Carabinieri officers in Beirut.", count: 30, country: "IT"},
			{text: "A team of about 20 Marines guards its embassy in Port-au-Prince.", count: 20, country: "US"}},
		[]string{"The task force personnel office hired 20 people.",
			"The Carabinieri officers arrested 30 people in Naples."}},
	// r18b: personnel a state has at work with another state's forces
	// serve abroad, no strength: "training Lebanese police"
	{ruleTroopNoun,
		[]figureCase{{text: "Italy already has 30 Carabinieri officers training Lebanese police in Beirut.", count: 30, country: "IT"},
			{text: "Britain has 100 soldiers training Ukrainian recruits.", count: 100, country: "GB"}},
		[]string{"The army has 5,000 soldiers training for the parade.",
			"The hotel has 30 security officers guarding the entrance."}},
	// r18b: the first numbers of a list "A, B and C troops" take the last
	// one's noun (and "respectively" their states)
	{ruleTroopNoun,
		[]figureCase{{text: "The Czech Republic, Slovakia and Hungary will send 100, 150 and 120 troops respectively to the Western Balkans.", count: 100, country: "CZ"},
			{text: "Spain, France and Ireland have about 650, 700 and 340 troops with the force respectively.", count: 650, country: "ES"}},
		[]string{"The firm shipped 100, 200 and 300 tanks.",
			"The club sold 100, 150 and 120 tickets respectively in May, June and July."}},
	// r23b: a weak noun ("officers") shared by "N and M" counts for the
	// first number too where a verb of deployment makes the last troops
	{ruleTroopNoun,
		[]figureCase{{text: "Fiji and Tonga will send 40 and 25 officers respectively by the end of the week.", count: 40, country: "FJ"},
			{text: "Ghana and Togo have deployed 120 and 80 officers to the border posts.", count: 120, country: "GH"}},
		[]string{"The firm hired 40 and 25 officers in May and June.",
			"The utility sent 300 and 200 engineers to the storm zone."}},
	// r18b: "N of them" opening a reported clause goes back to the
	// personnel of the sentence before; after a comma it is a part of the
	// sentence's troop figure; opening a sentence it may go back to a unit
	// deployed in the sentence before
	{ruleTroopContinued,
		[]figureCase{{text: "Britain will send about 650 soldiers to Cyprus next month. Armed Forces Minister Luke Pollard said 80 of them would come from the Army Reserve.", count: 80, country: "GB"},
			{text: "Poland's defence minister announced that 4,000 soldiers would be moved to the eastern border, 1,000 of them from the reserve.", count: 1000, country: "PL"},
			{text: "Nepal has offered the mission a battalion. About 850 of them are expected in Juba by March.", count: 850, country: "NP"}},
		[]string{"The team signed 30 players. The coach said 12 of them would start.",
			"The club announced that 400 players would be moved to the new ground, 100 of them from the academy.",
			"The company has opened a new division. About 850 of them work in Lagos.",
			"Britain will send soldiers to Cyprus. The minister said 20 of them had been killed in Iraq."}},
	// r18b: a state's adjective before a capitalised "Guards" that ends the
	// name is a regiment's name, not the adjective's state: "the Irish
	// Guards" are British (organizations.tsv, tf2);
	// a destination past a unit's name or an apposition is no sender either
	{ruleTroopNoun,
		[]figureCase{{text: "About 650 soldiers from the 1st Battalion Irish Guards will deploy to Cyprus next month.", count: 650, country: "GB"},
			{text: "The Irish battalion, some 650 soldiers, will deploy to Lebanon in January.", count: 650, country: "IE"},
			{text: "Some 200 Polish Border Guards were sent to the frontier.", count: 200, country: "PL"}},
		[]string{"The Irish Guards will parade on Saturday."}},
	// r18b: bare engineers and medics ("armed" nouns) count where a state
	// acts, an army is named or troops are counted before them in the
	// sentence; a firm's or a hospital's do not
	{ruleTroopNoun,
		[]figureCase{{text: "Egypt will send 300 engineers to Somalia.", count: 300, country: "EG"},
			{text: "Egypt will deploy some 1,100 troops to Somalia, and a further 300 engineers will follow in April.", count: 300, country: "EG"},
			{text: "Cuba sent 250 medics to Zimbabwe.", count: 250, country: "CU"},
			{text: "The Egyptian army has sent 300 engineers to Somalia.", count: 300, country: "EG"},
			{text: "New Zealand will send 14 military observers.", count: 14, country: "NZ"}},
		[]string{"The utility sent 200 engineers to Texas to restore power after the storm.",
			"Siemens has sent 40 engineers to the plant in Egypt.",
			"The hospital sent 12 medics to the scene of the crash.",
			"The company deployed 300 engineers across the country to fix the network.",
			"The EU will send 100 observers to the election in Malawi."}},
	// r16: a state's adjective joined to "led" names another force's leader, not the contingent's owner
	{ruleTroopNumber,
		[]figureCase{{text: "Brussels will send 300 more soldiers, bringing the Belgian contingent with the French-led brigade at Cincu to about 550.", count: 550, country: "BE"}},
		[]string{"The French-led brigade at Cincu trained with Belgian engineers for two weeks."}},
	// r15b: "in total" after personnel that an exercise or operation is
	// expected to involve counts those taking part, no strength
	{ruleTroopNoun,
		[]figureCase{{text: "Organisers expect more than 3,000 personnel in total.", count: 3000},
			{text: "The drills will involve some 5,000 troops in all.", count: 5000}},
		[]string{"The army has 80,000 soldiers in total.",
			"The army includes 80,000 soldiers in total."}},
	// r15b: "will number" read by contingentNumbers too, whatever stands
	// between the unit and the verb ("brigade" now a deployed unit)
	{ruleTroopContingent,
		[]figureCase{{text: "The brigade that Germany keeps in Lithuania will number some 4,800 by 2027.", count: 4800, country: "DE"},
			{text: "Germany's battalion in Lithuania will number some 900 by May.", count: 900, country: "DE"}},
		[]string{"The club in Lithuania will number some 4,800 by 2027.",
			"Germany's battalion in Lithuania will number some 4,800 vehicles by 2027."}},
	// r15b: a mission that has, counts or is allowed weak personnel
	{ruleTroopNoun,
		[]figureCase{{text: "The European training mission counts about 100 trainers.", count: 100},
			{text: "The observer mission numbers 45 advisers.", count: 45}},
		[]string{"The trade delegation counts 40 advisers.",
			"The UN mission said 100 advisers were stranded."}},
	// r15b: a count noun ("contribution", "number") raised to a bare
	// number in a sentence that names a mission
	{ruleTroopNumber,
		[]figureCase{{text: "Hungary leads the NATO mission this year, and Budapest has raised its contribution to some 800.", count: 800, country: "HU"},
			{text: "Ghana increased its contribution to the UN mission to about 900.", count: 900, country: "GH"}},
		[]string{"Japan raised its contribution to the mission's trust fund to 800 this year.",
			"The mission raised its number of patrols to 800."}},
	// r15b: an international body or an unknown acronym that has strong
	// personnel is a mission that has them deployed, not a strength
	{ruleTroopNoun,
		[]figureCase{{text: "KFOR has about 4,600 troops.", count: 4600},
			{text: "The UN has about 12,000 soldiers in the country.", count: 12000}},
		[]string{"AEFA has more than 12,000 advisers selling financial advice.",
			"The IDF has 170,000 soldiers.",
			"FIFA has 200 officers."}},
	// r15b: "N more" after a troop figure of the same sentence, before a
	// verb: more of the same personnel
	{ruleTroopContinued,
		[]figureCase{{text: "Kenya has 400 officers in Haiti, and 200 more are due in May.", count: 200, country: "KE"},
			{text: "Latvia has 90 soldiers in Iraq, and 30 more will join them in June.", count: 30, country: "LV"}},
		[]string{"Britain sent tanks to Estonia and 40 more trucks.",
			"The attack killed 12 soldiers, and 30 more were wounded.",
			"The shop sold 110 books, and 40 more will follow next month."}},
	// r15b: "a further" number after a verb of moving personnel and its
	// particle ("rotated in", "brought home")
	{ruleTroopContinued,
		[]figureCase{{text: "Pyongyang sent about 11,000 soldiers to Kursk last year and has since rotated in a further 3,000.", count: 3000, country: "KP"},
			{text: "South Korean spies say North Korea sent 11,000 soldiers to Kursk and has since rotated in a further 3,000.", count: 3000, country: "KP"},
			{text: "Britain withdrew 500 troops from Basra in May and brought home a further 400.", count: 400, country: "GB"}},
		[]string{"The club rotated in a further 3 players.",
			"Britain has brought home a further 400."}},
	// r15b: a bare number right after a colon whose words send or deploy
	// personnel, or name a mission
	{ruleTroopInlineList,
		[]figureCase{{text: "Troops deployed by Kenya so far: about 4,000.", count: 4000, country: "KE"},
			{text: "Police officers with the mission: 240, according to its latest report.", count: 240}},
		[]string{"Soldiers killed since January: 1,091.",
			"Price of a soldier's rations: 300.",
			"Soldiers in the army: 80,000."}},
	// r15b: the strength, ceiling or cap "of" a number that a force or a
	// mission of the sentence may reach
	{ruleTroopForce,
		[]figureCase{{text: "The regional mission was deployed in 2021 with an authorised strength of about 3,000.", count: 3000},
			{text: "Britain's battlegroup in Estonia will have a strength of about 1,000 by May.", count: 1000, country: "GB"},
			{text: "The council set a ceiling of 2,500 for the mission.", count: 2500}},
		[]string{"The battery has a strength of 12 volts.",
			"The army has a strength of 12.",
			"The mission raised a ceiling of 2,500 dollars."}},
	// r15b: people of another state that a state hires, named by their
	// plural or "of its nationals", in a paragraph of war
	{ruleTroopRecruited,
		[]figureCase{{text: "Diplomats believe Russia has enlisted at least 1,200 Nepalis since the war began.", count: 1200, country: "RU"},
			{text: "Delhi says Moscow has recruited about 90 of its nationals to fight in Ukraine.", count: 90, country: "RU"}},
		[]string{"Qatar hired 2,000 Nepalis to build stadiums.",
			"The firm has recruited 1,500 Nepali workers for its farms.",
			"Russia has recruited 300 Cubans."}},
	// r15b: a first group, an advance party, the final batch of a number
	// before a verb, continuing personnel of the sentence or the one before
	{ruleTroopForce,
		[]figureCase{{text: "Nepal will send peacekeepers to Lebanon. The first batch of 200 leaves on Monday.", count: 200, country: "NP"},
			{text: "Britain will send troops to Estonia. An advance party of 90 arrived on Friday.", count: 90, country: "GB"},
			{text: "Kenya sent 400 police officers to Haiti in June. A second group of 200 arrived in July.", count: 200, country: "KE"}},
		[]string{"The school will welcome new pupils. A first group of 180 is expected in March.",
			"Nepal will send peacekeepers to Lebanon. The first batch of 200 vaccines arrived too.",
			"The attack killed 12 soldiers. A second group of 30 was wounded."}},
	// r15b: a bare number a state sends or pledges "to the mission" or
	// "to the force" is personnel
	{ruleTroopElliptic,
		[]figureCase{{text: "Ghana will send 650 to the UN mission in South Sudan.", count: 650, country: "GH"},
			{text: "Kenya pledged 1,000 to the new regional force.", count: 1000, country: "KE"}},
		[]string{"The club sent 300 to the mission in Kenya.",
			"The EU will send 650 to the mission's trust fund.",
			"Ghana will send 650 tonnes of rice to the mission."}},
	// r15b: a deployment verb of the next clause does not make a hiring
	// a deployment; a relative clause after the hired may
	{ruleTroopNoun,
		[]figureCase{{text: "Congo will recruit 4,500 more soldiers, who will deploy in the east.", count: 4500, country: "CD"},
			{text: "Congo will recruit 4,500 more soldiers to deploy in the east.", count: 4500, country: "CD"}},
		[]string{"The government plans to recruit 20,000 new soldiers this year, and the president has promised a bigger budget.",
			"Kenya will hire 3,000 police officers next year; the service has asked for more money."}},
	// r15b: a personnel word before a noun of a thing names the thing:
	// "armoured personnel carriers", "police cars"
	{ruleTroopNoun,
		[]figureCase{{text: "The US sent 300 troops aboard two ships.", count: 300, country: "US"},
			{text: "Ankara sent 120 police officers and 40 armoured vehicles to the border.", count: 120, country: "TR"}},
		[]string{"The army took delivery of 250 armoured personnel carriers from Turkey.",
			"Police sent 40 police cars to the scene.",
			"The navy ordered 12 troop ships from Korea."}},
	// r15b: "X-based" tells where personnel are based, not who sends
	// them; capitalised "Marines" alone are the US Marine Corps
	{ruleTroopNoun,
		[]figureCase{{text: "About 700 Guam-based Marines will take part in the drills, the Philippine army said.", count: 700, country: "US"},
			{text: "Some 1,100 Okinawa-based US Marines flew to Darwin on Monday.", count: 1100, country: "US"},
			{text: "About 200 Dutch Marines will train in Scotland this winter.", count: 200, country: "NL"}},
		[]string{"About 300 Hawaii-based nurses joined the strike.",
			"Some 400 Okinawa-based workers joined the strike."}},
	// r15b: one capitalised name of a people or region before hired
	// fighters, sent by a state
	{ruleTroopNoun,
		[]figureCase{{text: "The Kremlin has sent about 1,000 Chechen fighters to the Kursk region.", count: 1000, country: "RU"},
			{text: "Turkey sent 2,000 Kurdish fighters to Libya last year.", count: 2000, country: "TR"}},
		[]string{"About 300 Druze fighters attended the funeral.",
			"Some 2,000 Houthi fighters massed near Marib."}},
	// r15b: a bare number that a headcount marker ends ("in all", "on its
	// rolls"), in an apposition after a force's noun or after a verb of
	// having or counting whose subject is a force or a pronoun for one
	{ruleTroopTotal,
		[]figureCase{{text: "The soldiers, about 2,300 in all, will relieve the units in the north.", count: 2300},
			{text: "After the latest rotation the mission now has some 4,100 in total.", count: 4100},
			{text: "The council allowed the force 2,000 police officers. It had 1,420 on its rolls in May.", count: 1420},
			{text: "Tanzania has 285 soldiers in Congo. They number 300 in all, with staff officers.", count: 300, country: "TZ"}},
		[]string{"The fans, some 900 in all, travelled by train.",
			"The club now counts some 1,270 in all.",
			"The ambush killed 40 soldiers. It had 12 in all.",
			"The company had 991 on its payroll in September."}},
	// r15b: personnel joined by "and" to those a state or a mission has
	// serve where they do ("and police in the province"); "from eight
	// member states" names contributors, as "from 28 countries" does
	{ruleTroopNoun,
		[]figureCase{{text: "Uganda has about 3,000 soldiers and police in the region.", count: 3000, country: "UG"},
			{text: "At its peak the mission had 2,210 soldiers and police officers from eight member states.", count: 2210}},
		[]string{"The army has 40,000 soldiers and police in total.",
			"Egypt has 450,000 soldiers and police officers.",
			"The league has 3,000 players from eight member states."}},
	// r15b: hired fighters right after a verb of hiring whose subject is a
	// state are that state's, whatever their nationality or origin
	{ruleTroopNoun,
		[]figureCase{{text: "Tehran has recruited about 2,000 Afghan fighters to guard the shrines.", count: 2000, country: "IR"},
			{text: "Russia has hired some 600 fighters from Cuba through online adverts.", count: 600, country: "RU"},
			{text: "Turkey recruited roughly 2,000 Syrian mercenaries for the campaign in Libya.", count: 2000, country: "TR"}},
		[]string{"The rebels recruited 400 fighters from the villages.",
			"The ministry plans to recruit 5,000 new police officers by 2028."}},
	// r15b: the items of a list of contingents run on in one sentence
	// after a colon whose words name personnel or what the list counts
	{ruleTroopInlineList,
		[]figureCase{{text: "Troops offered so far: Zambia, 450; Malawi, 320; Tanzania, 610.", count: 320, country: "MW"},
			{text: "Deployed strength in May: Nepal 870 | Fiji 240 | Ghana 715.", count: 715, country: "GH"},
			{text: "Pledges: Kenya, about 1,000; Chad, 500.", count: 1000, country: "KE"}},
		[]string{"Deaths by country: Zambia, 45; Malawi, 32.",
			"Medals won: Kenya, 11; Ethiopia, 7.",
			"Votes in favour: France, 12; Germany, 10.",
			"Contributions: Zambia's, 450; Malawi's, 320."}},
	// round 10a: a capital that reports a figure after a comma ("..., Paris
	// said") gives its state when the clause names none
	// session 10: personnel "numbering" or "totalling" a bare number are
	// a force of that size; people who are no personnel are not
	{ruleTroopForce,
		[]figureCase{{text: "Russia has deployed mercenaries numbering around 1,200 to the region, officials said.", count: 1200, country: "RU"},
			{text: "Kenya flew in police officers totalling 400 on Monday.", count: 400, country: "KE"}},
		[]string{"Protesters numbering around 1,200 marched on the palace.",
			"Russia has deployed tanks numbering around 1,200 to the region."}},
	{ruleTroopForce,
		[]figureCase{{text: "The regiment, some 1,500 strong, will deploy to Romania next month, Paris said.", count: 1500, country: "FR"},
			{text: "The frigate Carabiniere, with a crew of 170, will join the EU mission off Yemen, Rome said.", count: 170, country: "IT"}},
		[]string{"The choir, some 1,500 strong, will sing in Romania next month, Paris said."}},
	// round 10a: a change in a force's size "of N" right after a troop
	// figure with a state counts its personnel: "The cut of about 4,500"
	{ruleTroopForce,
		[]figureCase{{text: "SEOUL — The United States will reduce its presence in South Korea from 28,500 troops to roughly 24,000 next year, the Pentagon said.\nThe cut of about 4,500 will fall mostly on the Army.", count: 4500, country: "US"}},
		[]string{"The company will cut 500 jobs. The cut of about 4,500 will fall on the plants.",
			"The cut of about 4,500 will fall mostly on the Army."}},
	// round 10a: a range "between A and B" of personnel gives its lower
	// bound; r18b: and its upper bound, of the same state (TestRangeUpperBound);
	// two groups are no range
	{ruleTroopNoun,
		[]figureCase{{text: "The AU wants between 3,000 and 3,500 troops.", count: 3000},
			{text: "The AU wants between 3,000 and 3,500 troops.", count: 3500},
			{text: "UN experts say between 3,000 and 4,000 Rwandan troops are in North Kivu.", count: 4000, country: "RW"},
			{text: "Between 2,000 and 2,500 Ethiopian soldiers crossed into Somalia.", count: 2500, country: "ET"},
			{text: "Clashes between 200 soldiers and 50 rebels were reported.", count: 200}},
		[]string{"The AU wants between 3,000 and 3,500 tonnes of grain."}},
	// round 10a: "men" counted after a military formation's noun, in
	// apposition or with "of", are personnel
	{ruleTroopNoun,
		[]figureCase{{text: "India has pulled troops back from Ladakh. Two brigades, about eight thousand men, have returned to their peacetime stations.", count: 8000, country: "IN"},
			{text: "India sent a brigade of 4,000 men to the border.", count: 4000, country: "IN"}},
		[]string{"The police visited two stations, 40 men in all.", "A group of 40 men attacked the village.", "The visit covered two brigades, 40"}},
	// round 10a: "a crew of N" after a warship named in the sentence is its
	// personnel; a ferry's or a film's crew is not
	{ruleTroopForce,
		[]figureCase{{text: "Britain sent the offshore patrol ship HMS Trent, with a crew of 65, to Georgetown last month.", count: 65, country: "GB"},
			{text: "France deployed the frigate Languedoc, with a crew of 180, to the Red Sea.", count: 180, country: "FR"}},
		[]string{"The ferry, with a crew of 12, sank off the coast.", "A film crew of 65 arrived in Georgetown."}},
	// r23b: "ship's company" is the navy's word for a ship's crew, after
	// a warship named in the paragraph or the one before; a business's
	// or a warship's company of other things is none
	{ruleTroopForce,
		[]figureCase{{text: "Canada sent the frigate HMCS Regina to the Gulf. Its captain said the ship's company of about 240 was ready.", count: 240, country: "CA"},
			{text: "Chile deployed the frigate Almirante Lynch to the Pacific patrol. The commander said her ship's company of 190 had trained for months.", count: 190, country: "CL"}},
		[]string{"The ferry operator said the ship's company of 40 would be paid off.",
			"Canada sent the frigate HMCS Regina to the Gulf. The shipping company of about 240 drivers was paid off."}},
	// round 10a: a bare number that opens its clause and goes, leaves or
	// returns in the future ("are to go", "will return") is a part of the
	// personnel told in the sentence before
	{ruleTroopMovedSubject,
		[]figureCase{{text: "In all, about 9,000 US Marines are to leave Okinawa. About 4,000 are to go to Guam, and the rest will be divided between Hawaii and Australia.", count: 4000, country: "US"},
			{text: "Kenya sent 1,000 police officers. About 400 will return home in March.", count: 400, country: "KE"}},
		[]string{"The ministry hired 1,000 nurses. About 400 are to go home in March.",
			"Kenya sent 1,000 tonnes of maize. About 400 will return home in March."}},
	// round 10a: a force a state's body names without its state ("The Air
	// Force's two fighter wings") with no actor in the sentences before
	// takes the state of the last troop figure near it before the home state
	{ruleTroopNoun,
		[]figureCase{{text: "SEOUL — The United States will reduce its presence in South Korea from 28,500 troops to roughly 24,000 next year, the Pentagon said.\nThe cut will fall mostly on the Army. A Stryker brigade of roughly 4,000 soldiers will not be replaced.\nThe Air Force's two fighter wings at Osan and Kunsan, with some 8,000 airmen between them, are not affected.", count: 8000, country: "US"},
			{text: "SEOUL — The United States will reduce its presence in South Korea from 28,500 troops to roughly 24,000 next year, the Pentagon said.\nSeoul said it would raise spending.\nSeoul also plans new patrol ships.\nThe Air Force's two fighter wings at Osan and Kunsan, with some 8,000 airmen between them, are not affected.", count: 8000, country: "KR"}},
		[]string{"SEOUL — The Air Force's two fighter wings at Osan and Kunsan, with some 8,000 aircraft between them, are not affected."}},
	// round 10a: an armed body that owns the count ("the army's presence",
	// "navy strength") lets a figure a count rises to be personnel
	{ruleTroopNumber,
		[]figureCase{{text: "The reinforcements, drawn from the jungle brigade, bring the army's presence in Roraima to about 4,600, double its usual level.", count: 4600, country: "BR"},
			{text: "The plan would raise the navy's strength to 4,600 by 2030.", count: 4600}},
		[]string{"The plan would raise the number of army trucks to 4,600.", "The plan would raise the army's budget to 4,600 million.",
			"The plan would raise the club's presence in Roraima to about 4,600 fans."}},
	// r15c: a personnel word that modifies a body's noun ("the police
	// department", "the police academy") gives a count no unit
	{ruleTroopNumber,
		[]figureCase{{text: "The police presence in the district rose to 1,200, down from 1,500 in May.", count: 1200}},
		[]string{"The city has recorded 97 homicides this year, according to a tally kept by the police department, down from 121 last year.",
			"The number of applicants to the police academy fell to 240, down from 310."}},
	// round 10a: "regiment" and "squadron" are force nouns: "a regiment of
	// 2,000", "the Scouts Regiment, about 800 strong"
	{ruleTroopForce,
		[]figureCase{{text: "Estonia's Scouts Regiment, about 800 strong, will join the exercise.", count: 800, country: "EE"},
			{text: "Poland will send a regiment of 2,000 to the border.", count: 2000, country: "PL"}},
		[]string{"A squadron of 12 aircraft flew over the capital.", "The regiment of volunteers planted 2,000 trees."}},
	// round 10a: "a force of N" followed by a conjunction or a preposition
	// ("but", "while", "including") ends its phrase at the number
	{ruleTroopForce,
		[]figureCase{{text: "The task force is meant to be a force of 10,000 but has rarely fielded more, officers say.", count: 10000},
			{text: "Kenya will lead a force of 2,500 including police from Jamaica.", count: 2500, country: "KE"}},
		[]string{"The army has a force of 10,000 tanks but few crews.", "Kenya will lead a force of 2,500 vehicles including trucks from Jamaica."}},
	// round 10a: a table header whose word of captivity follows a noun of
	// a published account ("Figures released by the mission") still heads
	// a table of contingents; "Soldiers released by the rebels:" does not
	{ruleTroopTable,
		[]figureCase{{text: "Figures released by the mission on Monday give the strength of its largest contingents:\nArgentina — 245\nSlovakia — 230", count: 245, country: "AR"}},
		[]string{"Soldiers released by the rebels on Monday, by contingent:\nArgentina — 245\nSlovakia — 230",
			"Figures released by the ministry on Monday give the number of tourists:\nArgentina — 245\nSlovakia — 230"}},
	// round 10a: a figure with no state in its sentence takes the one state
	// the article names before the same personnel noun ("US Marines"),
	// else the state of the last troop figure in its paragraph or the one
	// before, before the article's home state; a noun two states qualify,
	// or a figure two paragraphs on, falls back to the home state
	{ruleTroopNoun,
		[]figureCase{{text: "TOKYO — Japan's government said the first group of US Marines would leave Okinawa in October. Japan will pay for the move. About 9,000 Marines are to leave the island in all.", count: 9000, country: "US"},
			{text: "TOKYO — Japan's government said US Marines and British Marines trained on Okinawa. Japan will pay for the base. About 900 Marines are on the island.", count: 900, country: "JP"},
			{text: "SEOUL — The United States will reduce its presence in South Korea from 28,500 troops to roughly 24,000 next year, the Pentagon said.\nA Stryker brigade of roughly 4,000 soldiers that rotates through the country every nine months will not be replaced, officials said.", count: 4000, country: "US"},
			{text: "SEOUL — The United States will reduce its presence in South Korea from 28,500 troops to roughly 24,000 next year, the Pentagon said.\nSeoul said it would raise spending.\nSeoul also plans new patrol ships.\nA brigade of roughly 4,000 soldiers that rotates through the country every nine months will be disbanded, officials said.", count: 4000, country: "KR"}},
		[]string{"TOKYO — Japan's government said the first group of US Marines would leave Okinawa in October. About 9,000 visitors are to leave the island in all."}},
	// round 10a: a state joined by "and" to a state after a preposition is
	// a place too, not the clause's actor: "in Iraq and Afghanistan"
	{ruleTroopNoun,
		[]figureCase{{text: "During the wars in Iraq and Afghanistan, nearly 13,000 Special Operations forces were deployed, the Pentagon said. Washington said so.", count: 13000, country: "US"},
			{text: "After talks in Paris, Germany sent 300 soldiers to the border.", count: 300, country: "DE"}}, // sm7: one sender; "Germany and Italy sent" is their joint figure
		[]string{"During the wars in Iraq and Afghanistan, nearly 13,000 Special Operations vehicles were shipped."}},
	// round 10a: a state that moves, transfers or relocates personnel
	// "from" a place sends them (withdraw-verb), also as a capital (agent)
	{ruleTroopNoun,
		[]figureCase{{text: "The last large cut came in 2004, when Washington moved 3,600 soldiers from Korea to Iraq.", count: 3600, country: "US"},
			{text: "Britain transferred 500 troops from Germany to Estonia.", count: 500, country: "GB"},
			{text: "Some 500 troops from Chad arrived in Bangui on Monday.", count: 500, country: "TD"}},
		[]string{"The company moved 3,600 workers from Korea to Iraq.", "Washington moved 3,600 tonnes of grain from Korea to Iraq."}},
	// round 10a: personnel joined by "and" to a hedged figure share its
	// verb of dying: "17 soldiers and at least 30 assailants died"
	{ruleTroopNoun,
		[]figureCase{{text: "Chad sent 17 soldiers and at least 30 police officers to the island.", count: 17, country: "TD"}},
		[]string{"The army now says 17 soldiers and at least 30 assailants died in the attack on the post.",
			"Four police officers and about 20 gunmen were killed in the clash."}},
	// round 9b: a paragraph that opens "In STATE," frames a force named
	// later in it without its state
	{ruleTroopNoun,
		[]figureCase{{text: "LISBON (Reuters) - Portugal sent aid on Monday.\nIn Spain, fires burned near Toledo. The army put 300 soldiers on standby.", count: 300, country: "ES"}},
		[]string{"LISBON (Reuters) - Portugal sent aid on Monday.\nIn Spain, fires burned near Toledo. The army put 300 trucks on standby."}},
	// round 9b: "members" after a force's capitalised name, "250 Canadian
	// Armed Forces members"
	{ruleTroopNoun,
		[]figureCase{{text: "The first of about 250 Canadian Armed Forces members arrived to help with the evacuation.", count: 250, country: "CA"},
			// session 8: a force's name before "members" that a state's name does not open
			{text: "Japan dispatched a destroyer and 200 Self-Defense Force members to the Gulf of Aden.", count: 200, country: "JP"},
			{text: "The governor deployed 300 National Guard members to the flooded towns.", count: 300, country: "US"}},
		[]string{"About 250 Labour Party members arrived for the vote.", "About 250 club members arrived for the match.",
			"Five Canadian Armed Forces members were killed in the crash."}},
	// session 8: "Rangers" and "crew" are personnel beside a deployment
	// verb, not fans or an airliner's crew
	{ruleTroopNoun,
		[]figureCase{{text: "Pakistan deployed 2,000 Rangers to Karachi ahead of the vote.", count: 2000, country: "PK"},
			{text: "Denmark will deploy a frigate with 150 crew to the Red Sea.", count: 150, country: "DK"}},
		[]string{"About 2,000 Rangers fans travelled to the match.", "The plane carried 150 passengers and 8 crew."}},
	// session 8: a count an aside gives personnel named just before it,
	// "estimated at" or "put at"; not a thing of theirs
	{ruleTroopForce,
		[]figureCase{{text: "The Ethiopian troops in Somalia, estimated at 4,000, will stay, Addis Ababa said.", count: 4000, country: "ET"}},
		[]string{"The cost of the troops' deployment, estimated at 4,000, was high.",
			"The crowd, estimated at 4,000, cheered the troops."}},
	// round 8a: a force's size as a number and "strong" after the force
	{ruleTroopForce,
		[]figureCase{{text: "Britain's contingent in Estonia, currently 900 strong, would double under the plan.", count: 900, country: "GB"},
			{text: "Kenya sent a force 1,000 strong to the border.", count: 1000, country: "KE"}},
		[]string{"The crowd, some 5,000 strong, marched on parliament.", "The army, 80,000 strong, is the region's largest.",
			"The protest group, 200 strong, blocked the road."}},
	// round 8a: a part of a whole counted before its personnel, "1,200 of
	// its 2,000 peacekeepers"
	{ruleTroopOf,
		[]figureCase{{text: "Pakistan said it had withdrawn 1,200 of its 2,000 peacekeepers from the mission.", count: 1200, country: "PK"},
			{text: "Kenya will bring home 400 of the 1,000 police officers it sent.", count: 400, country: "KE"}},
		[]string{"The mission repaired 1,200 of its 2,000 vehicles.", "In 2019 of its 2,000 schools, most closed."}},
	// round 8a: a capital's compound ("Kremlin-controlled") names the state
	// of the force after it
	{ruleTroopNoun,
		[]figureCase{{text: "Around 2,000 personnel of the Kremlin-controlled Africa Corps are deployed across the country.", count: 2000, country: "RU"},
			{text: "Around 2,000 personnel of the Kremlin-controlled Africa Corps, which replaced the Wagner group, are deployed across Mali, according to Western diplomats.", count: 2000, country: "RU"},
			{text: "Some 500 soldiers of the Russian army remain in Mali, according to Western diplomats.", count: 500, country: "RU"}},
		[]string{"Around 2,000 employees of the London-based Africa Corps are based across the country."}},
	// round 8a: the state that opens a relative clause without "that"
	// after the personnel, as the subject of a deploying verb, sends them
	{ruleTroopNoun,
		[]figureCase{{text: "The unit will be the last to include the three military advisers Spain had lent to the Latvian army.", count: 3, country: "ES"},
			{text: "Officials praised the 500 troops France has sent to the Latvian border.", count: 500, country: "FR"}},
		[]string{"The unit will be the last to include the three tanks Spain had lent to the Latvian army."}},
	// round 8a: "military planners" are personnel; "aircrew" are beside a
	// state or a deployment
	{ruleTroopNoun,
		[]figureCase{{text: "Instead Australia sent six military planners to the headquarters in Bahrain.", count: 6, country: "AU"}},
		[]string{"The airline employs 1,000 aircrew.", "The council hired six urban planners."}},
	{ruleTroopNumber,
		[]figureCase{{text: "The UK is sending two more squadrons to Qatar, lifting the number of British aircrew there to around 1,000.", count: 1000, country: "GB"}},
		[]string{"The carrier is adding two more routes to Qatar, lifting the number of its aircrew there to around 1,000 passengers."}},
	// round 8a: the strength a force falls short of, before a relative
	// clause without "that" whose subject is a noun phrase and whose verb
	// names a target ("needs", "wants")
	{ruleTroopCompared,
		[]figureCase{{text: "Member states offered 4,200 troops, short of the 6,000 the council's planners say the force needs.", count: 6000},
			{text: "Member states offered 4,200 troops, short of the 5,000 the commanders want.", count: 5000}},
		[]string{"Donors gave 4,200 dollars, short of the 6,000 the council's planners say the camp needs.",
			"The army has 4,200 tanks, short of the 6,000 the ministry's budget covers."}},
	// round 8a: rows of a table of contingents, a state and a number, under
	// a line that names personnel or strength and ends with a colon
	{ruleTroopTable,
		[]figureCase{{text: "The mission's military strength was made up as follows:\nGhana 829\nIndia: 587\nOther contributors 96", count: 587, country: "IN"},
			{text: "Troops pledged by contributors:\nKenya – 600\nRwanda – 850", count: 850, country: "RW"}},
		[]string{"The ministry gave the following deaths by region:\nNairobi – 32\nKenya – 188",
			"The results were as follows:\nGhana 3\nIndia 2",
			"The mission's strength was made up as follows:\nTotal 2,480"}},
	// round 8a: the figure after "to" that a troop figure opened by "from"
	// changes: "from 3,250 troops to 2,250"
	{ruleTroopNumber,
		[]figureCase{{text: "The resolution lowers the ceiling of the force from 3,250 troops to 2,250 over the next year.", count: 2250},
			{text: "Britain will cut its presence from 1,200 soldiers to 800.", count: 800, country: "GB"}},
		[]string{"The convoy took supplies from 3,250 depots to 2,250 villages.", "The price rose from 3,250 dollars to 4,000."}},
	// round 8a: "rushed" deploys personnel, so weak nouns count beside it
	{ruleTroopNoun,
		[]figureCase{{text: "After the stampede, 600 additional policemen were rushed to the site in Bihar.", count: 600, country: "IN"}},
		[]string{"Police rushed 12 injured people to hospital.", "Six hundred devotees rushed to the temple."}},
	// round 8a: a verb of numbering parted from its number by a clause set
	// off by commas, after a unit or a mission that heads its phrase
	{ruleTroopContingent,
		[]figureCase{{text: "Spain's defence ministry announced the rotation. The new unit, the ministry added, will number once it is complete in December, with a logistics detachment included, some 640 men and women.", count: 640, country: "ES"},
			{text: "Canada will bring home its trainers. The training mission at Kyiv, which at its peak in 2023 numbered close to 400, will close.", count: 400, country: "CA"}},
		[]string{"Fourth-quarter vehicle unit sales totalled 1,751,000, a decline on last year.",
			"The new unit, the ministry added, will number once it is complete in December, with a logistics detachment included, some 640 vehicles."}},
	// round 8a: "the number of" personnel, "currently" at a number set off
	// by commas
	{ruleTroopNumber,
		[]figureCase{{text: "The number of British soldiers in the country, currently 900, would double.", count: 900, country: "GB"},
			{text: "Ottawa said the number of Canadian troops in Latvia, currently around 2,000, would rise.", count: 2000, country: "CA"}},
		[]string{"The number of British tourists in the country, currently 900, would double.",
			"The number of people in the camp, currently 900, would double."}},
	// a bare number that opens its clause and has moved, the force told before
	{ruleTroopMovedSubject,
		[]figureCase{{text: "Under the deal, Tajikistan's forces are to pull back from the border. By Monday evening, 1,800 had left their positions.", count: 1800, country: "TJ"}},
		[]string{"Floods hit the border villages this week. By Monday evening, 1,800 had left their homes."}},
	// r14b: weak personnel put or placed on standby are held ready to
	// deploy; waiting "on standby" somewhere is none
	{ruleTroopNoun,
		[]figureCase{{text: "Peru's government said 400 officers of the national police were placed on standby in Lima.", count: 400, country: "PE"},
			{text: "After the riots in Kandy, some 900 Sri Lankan officers had been put on standby.", count: 900, country: "LK"}},
		[]string{"Two officers were on standby outside the courthouse, the sheriff said.",
			"The ministry said 400 officers of the union had been put on notice."}},
	// r14b: police with no state told serve the state they are deployed
	// in; police sent "to" a place, and soldiers, get none from it
	{ruleTroopNoun,
		[]figureCase{{text: "Some 800 riot police were deployed across Lima on Sunday.", count: 800, country: "PE"},
			{text: "Some 800 riot police were sent to Lima on Sunday.", count: 800, country: ""},
			{text: "Some 800 soldiers were deployed across Lima on Sunday.", count: 800, country: ""}},
		[]string{"Some 800 football fans gathered across Lima on Sunday."}},
	// r14b: a capital after "from" sends a contingent for its state
	{ruleTroopContingent,
		[]figureCase{{text: "Lithuania hosts an allied battlegroup; the contingent from Oslo now counts roughly 450.", count: 450, country: "NO"}},
		[]string{"The trade delegation from Oslo now counts roughly 450."}},
	// r14b: a part after "the" between a verb of sending and its bare
	// number, and third persons of those verbs
	{ruleTroopElliptic,
		[]figureCase{{text: "The Danish personnel left the base in stages. Copenhagen withdrew the first 40 in March.", count: 40, country: "DK"},
			{text: "The battlegroup has 1,200 soldiers. Latvia contributes 150 and is training more.", count: 150, country: "LV"}},
		[]string{"The bank withdrew the last 80 from the fund in May.", "Latvia contributes 150 and is training more."}},
	{ruleTroopGapped,
		[]figureCase{{text: "Chad will send 1,000 soldiers and Niger the remaining 600.", count: 600, country: "NE"}},
		[]string{"Chad will send 1,000 tonnes of grain and Niger the remaining 600."}},
	{ruleTroopForce,
		[]figureCase{{text: "Delhi withdrew 25 soldiers from the island in March, and a second batch of 38 in May.", count: 38, country: "IN"}},
		[]string{"A second batch of 200 vaccines arrived on Friday."}},
	// r14b: hired fighters belong to the state that sends them, not to
	// their nationality; soldiers keep theirs
	{ruleTroopNoun,
		[]figureCase{{text: "Moscow has sent some 400 Syrian mercenaries to the front, the monitor said.", count: 400, country: "RU"},
			{text: "Poland will send 300 Ukrainian soldiers home after their training.", count: 300, country: "UA"}},
		[]string{"Ankara had sent some 1,100 Syrian letters to Niger."}},
	// r14b: "the two forces" count formations, and hires are no
	// deployment; hired fighters that a state recruits are its own
	{ruleTroopNoun,
		[]figureCase{{text: "Russia has recruited some 1,500 fighters for its units in Mali.", count: 1500, country: "RU"},
			{text: "Peru will hire 800 more police officers to deploy in the Amazon region.", count: 800, country: "PE"}},
		[]string{"The two forces held a joint drill on the coast.", "The city will hire 300 new police officers this year."}},
	// r14b: a bare number after "and" placed by a participle of posting,
	// of the troop figure before it in the sentence
	{ruleTroopGapped,
		[]figureCase{{text: "Britain has some 900 troops in Estonia, and 150 based in Poland.", count: 150, country: "GB"}},
		[]string{"The company employs 1,500 workers in Ohio and 350 based in Texas."}},
	// r14b: another state that "has" a bare number ending the sentence
	// after a troop figure in the sentence before
	{ruleTroopElliptic,
		[]figureCase{{text: "Poland is the largest contributor, with about 700 soldiers. Romania, which hosts the exercise, has some 450.", count: 450, country: "RO"}},
		[]string{"Poland is the largest buyer, with about 700 tanks. Romania, which hosts the fair, has some 450."}},
	// r15f: another state that "has" a bare number ending the sentence,
	// in a clause of its own after the troop figure of the same sentence
	{ruleTroopElliptic,
		[]figureCase{{text: "Indonesia, the largest contributor, has some 1,230 troops in Lebanon, while Italy has about 1,000.", count: 1000, country: "IT"},
			{text: "France has 900 troops in Estonia, whereas Britain has some 1,400.", count: 1400, country: "GB"}},
		[]string{"The company has 1,200 workers at the plant, while Italy has about 900.",
			"Germany has 5,000 tanks in Lithuania, while Canada has 2,200.",
			"Russia has lost 5,000 soldiers in the region, while Ukraine has 2,200."}},
	// r14b: a state's force that has "men" past a clause set off by commas
	{ruleTroopNoun,
		[]figureCase{{text: "Russia's Africa Corps, which replaced the Wagner group last year, has about 1,800 men in Burkina Faso.", count: 1800, country: "RU"}},
		[]string{"The rebels, who control the north, have some 2,000 men.", "Russia's Gazprom, which owns the pipeline, has 2,000 men on site."}},
	// r14b: "it is expected to number" after a force noun, of the state
	// whose personnel the sentences before name
	{ruleTroopForce,
		[]figureCase{{text: "The general said the Danish soldiers would train all winter. The next rotation is due in April. It is expected to number some 320.", count: 320, country: "DK"}},
		[]string{"The festival returns in May. It is expected to number some 800 stalls.", "The new club opens in May. It is expected to number some 800."}},
	// r14b: "N of them" after a count "under arms" that a state, or "it"
	// for the state acting before, has
	{ruleTroopContinued,
		[]figureCase{{text: "Chad has called up its reservists. Analysts believe it now has some 60,000 under arms. An estimated 2,000 of them are deployed near the Sudanese border.", count: 2000, country: "TD"}},
		[]string{"The rebels have about 5,000 under arms. An estimated 2,000 of them are deployed near the border.",
			"Chad has called up its reservists. Analysts believe it now has some 60,000 under arms. An estimated 2,000 of them were wounded."}},
	// r14b: "their number" after weak personnel that a state's adjective
	// or a hired force after "of the" ties to a state
	{ruleTroopNumber,
		[]figureCase{{text: "The first trainers of the Africa Corps landed in Bangui in March. Diplomats now put their number at about 250.", count: 250, country: "RU"},
			{text: "Turkish advisers arrived in Tripoli last year. Officials estimate their number at some 150.", count: 150, country: "TR"}},
		[]string{"Tourists arrived in Tripoli last year. Officials estimate their number at some 150.",
			"The first trainers of the dance school arrived in March. Parents put their number at about 25."}},
	// r14b: a place inside a state may open a force's name before its
	// personnel; a city before its police opens none
	{ruleTroopNoun,
		[]figureCase{{text: "Some 500 Punjab Regiment soldiers were flown to Gilgit, the Pakistani army said.", count: 500, country: "PK"}},
		[]string{"Image 3 of 10 Chicago Police officers search the scene of the robbery.", "Some 2,000 Lagos State residents attended the rally."}},
	// r14b: "N of them" after hired fighters in the sentence before, of
	// the state that hires them
	{ruleTroopContinued,
		[]figureCase{{text: "Russia has hired Syrian mercenaries for the war in Ukraine. Some 1,500 of them are now at the front.", count: 1500, country: "RU"}},
		[]string{"The rebels recruited local fighters in the hills. About 300 of them joined the attack.",
			"Russia has hired Syrian mercenaries for the war in Ukraine. Some 150 of them were killed in May."}},
	// r14b: a force's size changed "by" a number after a size verb
	{ruleTroopNumber,
		[]figureCase{{text: "Germany will cut its contingent in Mali by 300 next year.", count: 300, country: "DE"},
			{text: "The number of Spanish soldiers in Latvia rose by 150 last year.", count: 150, country: "ES"}},
		[]string{"The company will cut its workforce by 1,000.", "Prices of army rations rose by 300 percent."}},
	// r14b: figures listed after one of personnel "from" a state, each
	// with the state after its own "from"
	{ruleTroopGapped,
		[]figureCase{{text: "The brigade will include 900 soldiers from Kenya, 600 from Uganda and 300 from Rwanda.", count: 600, country: "UG"},
			{text: "The brigade will include 900 soldiers from Kenya, 600 from Uganda and 300 from Rwanda.", count: 300, country: "RW"}},
		[]string{"The fair drew 900 visitors from Kenya, 600 from Uganda and 300 from Rwanda."}},
	// r14b: ", numbering N" after personnel placed "in" somewhere
	{ruleTroopForce,
		[]figureCase{{text: "Austrian troops in Bosnia, numbering about 190, are based at Camp Butmir.", count: 190, country: "AT"}},
		[]string{"Austrian tourists in Bosnia, numbering about 190, are based at a hotel."}},
	// r14b: "men" sent by a state's force, or held by a listed hired force
	{ruleTroopNoun,
		[]figureCase{{text: "The Kenyan army has sent a further 800 men to the border, a spokesman said.", count: 800, country: "KE"},
			{text: "The Wagner group once had some 2,000 men in the Central African Republic.", count: 2000, country: "RU"}},
		[]string{"The rebels have sent a further 1,000 men to the front.", "The Acme group once had some 5,000 men in Libya.",
			"The Ugandan company has sent a further 100 men to the mine."}},
	// r14b: more modifiers between "N-strong" and its unit
	{ruleTroopNoun,
		[]figureCase{{text: "Brazil sent a 60-strong medical team to Mozambique.", count: 60, country: "BR"},
			{text: "London will withdraw its 250-strong helicopter detachment from Mali.", count: 250, country: "GB"}},
		[]string{"A 40-strong helicopter fleet will be bought.", "The 500-strong training course starts in May."}},
	// r14b: a state's adjective between "Of the N" and its personnel
	{ruleTroopContinued,
		[]figureCase{{text: "Of the 900 Irish soldiers in Lebanon, 200 will come home in May.", count: 200, country: "IE"}},
		[]string{"Of the 2,500 Moroccan tourists in Spain, 750 are due to fly home."}},
	// r14b: a garrison's size told by a verb of numbering after it
	{ruleTroopContingent,
		[]figureCase{{text: "Portugal's garrison in the Azores, long the largest on the islands, now numbers about 600.", count: 600, country: "PT"}},
		[]string{"The old garrison, a museum since 1990, numbers 300 rooms.", "The garrison town numbers about 40,000 people."}},
	// r14b: "but only", "so far only" before a bare number that opens its
	// clause with a verb of moving
	{ruleTroopMovedSubject,
		[]figureCase{{text: "Chad pledged 1,000 soldiers to the mission, but so far only 300 have been deployed.", count: 300, country: "TD"}},
		[]string{"The city ordered 1,000 buses, but only 400 have arrived."}},
	// r14b: "estimate them at" after personnel told before, and a number
	// of personnel put "at between" two numbers (the lower one)
	{ruleTroopNumber,
		[]figureCase{{text: "Iranian military advisers in Iraq have grown in number. Officials now estimate them at about 700.", count: 700, country: "IR"},
			{text: "Experts put the number of Chinese troops in Djibouti at between 1,000 and 2,000.", count: 1000, country: "CN"}},
		[]string{"Tourists flocked to the island. Officials estimate them at about 4,000.",
			"UN experts put the number of refugees at between 3,000 and 4,000."}},
	// r14b: engineers of an army, and sappers, are personnel
	{ruleTroopNoun,
		[]figureCase{{text: "Some 3,000 Indian army engineers are building roads along the Chinese border.", count: 3000, country: "IN"},
			{text: "France sent 200 combat engineers to Estonia.", count: 200, country: "FR"}},
		[]string{"The company sent 500 engineers to the plant."}},
	// r14b: a hedge after "to" in "from N to about M personnel"
	{ruleTroopNumber,
		[]figureCase{{text: "Norway is raising its contribution from 300 to about 650 soldiers.", count: 300, country: "NO"}},
		[]string{"Norway is raising its order from 300 to about 650 tanks."}},
	// r14b: "N of whom" right after personnel and a comma, sent or posted
	{ruleTroopContinued,
		[]figureCase{{text: "The French troops, 1,200 of whom are based in Abidjan, will leave next year.", count: 1200, country: "FR"}},
		[]string{"The soldiers, 40 of whom were wounded, returned to base.", "The refugees, 2,000 of whom were sent to camps, waited for weeks."}},
	// r14b: a bare number shared "between them" by several senders
	{ruleTroopElliptic,
		[]figureCase{{text: "Spain has about 600 soldiers in Latvia, and Slovakia and Slovenia add about 250 between them.", count: 250, country: ""}},
		[]string{"The company ships 1,000 cars a year, and its partners add about 300 between them."}},
	// r14b: contributors in brackets after a first item that gives its
	// personnel in its brackets
	{ruleTroopGapped,
		[]figureCase{{text: "The main contributors are Uruguay (950 troops), Morocco (780) and Senegal (520).", count: 520, country: "SN"}},
		[]string{"Its largest markets are Germany (1,150 tonnes), France (1,050) and Spain (980)."}},
	// r14b: a gapped state figure after a semicolon
	{ruleTroopGapped,
		[]figureCase{{text: "Egypt has offered to send 2,000 troops to Somalia; Djibouti up to 1,500.", count: 1500, country: "DJ"}},
		[]string{"Morocco exported 1,000 tonnes to Spain; Tunisia 800."}},
	// r14b: a company or a platoon of a number after a state's adjective
	// or a unit's modifier
	{ruleTroopForce,
		[]figureCase{{text: "The outgoing Dutch rotation of 240 soldiers handed over to a Danish company of 180.", count: 180, country: "DK"},
			{text: "An infantry company of 150 from Estonia arrived on Monday.", count: 150, country: "EE"}},
		[]string{"A software company of 180 opened an office in Tallinn.", "A Czech company of 180 employees opened a plant."}},
	// r14b: "men" after formations sent "to" a place, and "in all" after
	// a verb of sending is the whole sent, no strength
	{ruleTroopNoun,
		[]figureCase{{text: "Baku has sent three battalions to the frontier, about 2,000 men.", count: 2000, country: "AZ"},
			{text: "Rabat has sent two battalions, about 1,500 men in all, to the border.", count: 1500, country: "MA"}},
		[]string{"The firm sent two trucks to the border, about 40 men.", "The army has about 40,000 soldiers in all."}},
	// r14b: "The N who ..." after a sentence naming personnel
	{ruleTroopMovedSubject,
		[]figureCase{{text: "Britain has kept soldiers in Kabul for years. The 300 who are left will come home in May.", count: 300, country: "GB"}},
		[]string{"Soldiers fought off the attack. The 12 who died were buried on Friday.", "The fans waited for hours. The 300 who stayed saw the final."}},
	// r14b: a bare number that moves, after a figure of a weak noun in
	// its sentence, counts that noun
	{ruleTroopMovedSubject,
		[]figureCase{{text: "Lusaka pledged 500 officers to the mission, but only about 200 have arrived.", count: 200, country: "ZM"}},
		[]string{"Lusaka ordered 500 buses for the city, but only about 200 have arrived."}},
	// r14b: a state's adjective after the whole in "N of the M ... personnel"
	{ruleTroopOf,
		[]figureCase{{text: "Around 600 of the 2,500 Zambian soldiers in the mission will rotate out in June.", count: 600, country: "ZM"}},
		[]string{"Around 600 of the 2,500 Zambian tourists will fly home in June."}},
	// r14b: conscripts are personnel
	{ruleTroopNoun,
		[]figureCase{{text: "The Estonian Defence Forces will deploy 100 conscripts to guard the eastern border.", count: 100, country: "EE"}},
		[]string{"Some 40 of the 300 Ukrainian conscripts were wounded."}},
	// r14b: a state's adjective in a phrase of destination owns no total
	{ruleTroopNumber,
		[]figureCase{{text: "Lithuania has sent a further 2,000 troops to the Belarusian border, bringing the total there to 6,000.", count: 6000, country: "LT"}},
		[]string{"Lithuania has sent a further 2,000 tonnes of grain to the Belarusian border, bringing the total there to 6,000."}},
	// r14b: a deployed unit that has personnel gives its size, as a mission
	{ruleTroopNoun,
		[]figureCase{{text: "Denmark's new battalion in Latvia will have around 700 soldiers when fully deployed.", count: 700, country: "DK"}},
		[]string{"The army has about 40,000 soldiers, the ministry said."}},
	// r14b: "up from N" after a troop figure of its sentence with no noun
	{ruleTroopNumber,
		[]figureCase{{text: "Finland's contribution to the battlegroup will grow. By March it will number about 400, up from 300.", count: 300, country: "FI"}},
		[]string{"The club will number about 600 members, up from 550.", "Prices rose to 600 euros, up from 550."}},
	// r14b: a place or a force "short of" personnel lacks them
	{ruleTroopCompared,
		[]figureCase{{text: "The mission has about 630 troops, well short of the 1,000 envisaged.", count: 1000}},
		[]string{"The province is short of about 4,000 police officers, the union said."}},
	// r14b: "N of them" after a state's force named in the sentence before
	{ruleTroopContinued,
		[]figureCase{{text: "Islamabad has moved Frontier Corps units to the Afghan border. Some 5,000 of them arrived this week.", count: 5000, country: "PK"}},
		[]string{"The Red Army Choir performed in Paris. About 80 of them were singers.", "The Hells Angels gathered in town. About 80 of them were arrested.",
			"Four officers work for the Dayton Police Department. Three of them work full time."}},
	// r14b: "N of them" opening the sentence after personnel told without
	// a figure, of the state that holds them
	{ruleTroopContinued,
		[]figureCase{{text: "Britain has stationed soldiers on the Falklands since 1982. Some 800 of them serve at Mount Pleasant.", count: 800, country: "GB"}},
		[]string{"Soldiers patrolled the market on Sunday. About 40 of them were later disciplined.",
			"Britain has stationed soldiers on the Falklands since 1982. Some 80 of them were injured in the storm."}},
	// a continued number may count "of them" before its verb
	{ruleTroopContinued,
		[]figureCase{{text: "Kenya said its 1,500 soldiers in Haiti will leave by June. The first 300 of them crossed the border on Sunday.", count: 300, country: "KE"}},
		[]string{"Kenya said its 1,500 nurses in Haiti will leave by June. The first 300 of them crossed the border on Sunday."}},
	{ruleTroopMovedSubject,
		[]figureCase{{text: "Kigali has about 4,000 soldiers in North Kivu. Some 1,200 left on Monday, a Rwandan army spokesman said.", count: 1200, country: "RW"}},
		[]string{"Kigali has many farmers in North Kivu. Some 1,200 left on Monday, a local official said."}},
	{ruleTroopNoun,
		[]figureCase{{text: "Indonesia has offered to contribute 20,000 peacekeepers.", count: 20000, country: "ID"},
			{text: "Senegal has pledged 140 gendarmes to the mission.", count: 140, country: "SN"},
			{text: "Nigeria will contribute a 1,500-strong contingent to the force.", count: 1500, country: "NG"},
			{text: "Burundi has contributed a 1,000-member contingent to the regional force.", count: 1000, country: "BI"},
			{text: "Chad will send a 2,000-man force to the border.", count: 2000, country: "TD"}},
		[]string{"Nine French peacekeepers were killed in the attack.", "The battalion lost 300 tanks.",
			"Chad will send a 12-member delegation to the talks."}},
	{ruleTroopOf,
		[]figureCase{{text: "Britain will withdraw 5,000 of its troops from Iraq.", count: 5000, country: "GB"},
			{text: "Britain is sending more troops to Estonia. The 1,200 soldiers will join a battlegroup.\nGermany has committed a brigade to Lithuania. Around 4,800 of its soldiers will be stationed there.", count: 4800, country: "DE"}},
		[]string{"Five of its troops were wounded in the ambush."}},
	// "a unit of 1,500" is a body of personnel of its size
	// "each" after the figure of a subject of states: one figure per state
	{ruleTroopNoun,
		[]figureCase{{text: "Benin and Togo offered two hundred police officers each for the unit.", count: 200, country: "TG"},
			{text: "Benin, Ghana and Togo will send 150 soldiers each.", count: 150, country: "GH"}},
		[]string{"Benin and Togo each offered two hundred tonnes of grain.", "Ghana and Togo sent 150 doctors each."}},
	// a state's navy or air force, written as a name, sends for its state
	{ruleTroopNoun,
		[]figureCase{{text: "The Indian Navy has deployed 10 warships and around 2,000 sailors to the Arabian Sea.", count: 2000, country: "IN"}},
		[]string{"The Indian Navy band played 40 songs at the parade."}},
	// a capital acts as its state with verbs of keeping and sending troops
	{ruleTroopNoun,
		[]figureCase{{text: "Washington keeps about 2,500 troops in Iraq.", count: 2500, country: "US"},
			{text: "Kigali dispatched 1,000 soldiers to Cabo Delgado.", count: 1000, country: "RW"}},
		[]string{"Washington keeps about 2,500 files in Iraq.", "Kigali dispatched 1,000 tonnes of maize to the north."}},
	// a second place joined to a placed figure: "and 900 in Syria"
	{ruleTroopGapped,
		[]figureCase{{text: "Washington keeps about 2,500 troops in Iraq and 900 in Syria.", count: 900, country: "US"}},
		[]string{"The army has 2,500 tanks in Iraq and 900 in Syria.", "The charity has 2,500 volunteers in Iraq and 900 in Syria."}},
	// "State with N" after a troop figure: a ranking of contributors
	{ruleTroopGapped,
		[]figureCase{{text: "Bangladesh is the largest contributor, with 6,000 peacekeepers, followed by Nepal with 5,500 and India with 5,300.", count: 5500, country: "NP"}},
		[]string{"The vote was won by Nepal with 55 seats.", "Rice exports were led by Nepal with 5,500 tonnes."}},
	// r13b: a past verb right after "a contingent of N" ends the force's
	// phrase; a third-person verb of providing marks a deployment
	{ruleTroopForce,
		[]figureCase{{text: "The incoming Norwegian contingent of about 650 arrived by rail from the port of Klaipeda.", count: 650, country: "NO"},
			{text: "At a ceremony, an Ethiopian brigade of 2,500 raised its flag alongside those of Uganda.", count: 2500, country: "ET"}},
		[]string{"A unit of 400 acquired the shares.", "The research group of 40 published its findings."}},
	{ruleTroopNoun,
		[]figureCase{{text: "Ghana provides a formed police unit of 140 officers.", count: 140, country: "GH"}},
		[]string{"The hospital provides 140 beds for the region."}},
	// r13b: "his" or "her" in a speaking subject is the official named in
	// the sentence before, whose state sends the figure
	{ruleTroopNoun,
		[]figureCase{{text: "Rwanda made the largest offer. President Paul Kagame told the summit his country was ready to send a mechanised battalion. Officials in his delegation said that meant about 850 soldiers.", count: 850, country: "RW"}},
		[]string{"President Paul Kagame told the summit his country was ready. Officials in his delegation said that meant about 850 tonnes of food."}},
	// r13b: a count of personnel "thought to exceed" a number, and "the
	// tally of" personnel as their count
	{ruleTroopNumber,
		[]figureCase{{text: "In Mali the tally of Russian personnel is thought to exceed 2,000.", count: 2000, country: "RU"},
			{text: "The number of Russian troops in Mali is thought to exceed 2,000.", count: 2000, country: "RU"}},
		[]string{"The number of Russian tanks in Mali is thought to exceed 2,000.", "The tally of votes for the army candidate exceeded 2,000."}},
	// r13b: a short phrase of when between "from N troops" and "to M"
	{ruleTroopNumber,
		[]figureCase{{text: "The Italian mission had already been reduced from about 350 troops at its height to 60, the ministry said.", count: 60, country: "IT"},
			{text: "Britain cut its garrison from 900 soldiers in 2020 to 400.", count: 400, country: "GB"}},
		[]string{"The charity moved from 350 volunteers at its height to 60 offices."}},
	// r13b: "Of those," opening the sentence after a troop figure counts a
	// part of the same personnel
	{ruleTroopContinued,
		[]figureCase{{text: "About 14,000 soldiers have been deployed to shore up embankments, the Polish defence ministry said. Of those, some 6,000 are members of the Territorial Defence Force.", count: 6000, country: "PL"}},
		[]string{"The floods reached 14,000 homes. Of those, some 6,000 are in Opole."}},
	// r13b: "it will number N" after a force or a mission told in the
	// sentence before
	{ruleTroopForce,
		[]figureCase{{text: "The Netherlands sends a company in every rotation. Its next contingent will be smaller. According to the Dutch defence ministry, it will number about 270.", count: 270, country: "NL"},
			{text: "Sweden's contribution to the battlegroup in Latvia will grow next year. By January it will number about 600.", count: 600, country: "SE"}},
		[]string{"The club was founded in 1990. Today it numbers about 270.",
			"The regiment's museum opened in 1990. Today it numbers about 270 exhibits."}},
	// r13b: a mission's or a battlegroup's whole "in all" is deployed; the
	// plural "number" after an army's noun is its strength
	{ruleTroopNoun,
		[]figureCase{{text: "The battlegroup, which numbers some 1,600 troops in all, has been led by Germany since 2017.", count: 1600, country: "DE"},
			{text: "The UN mission in Mali, which numbers about 12,000 peacekeepers in all, will shrink next year.", count: 12000, country: "ML"}},
		[]string{"Lithuania's own armed forces number about 23,000 active personnel.", "The rebel group has about 4,000 fighters in total."}},
	// r13b: "respectively" pairs the states before the first number with
	// the numbers, in order
	{ruleTroopNoun,
		[]figureCase{{text: "Belgium and the Czech Republic contribute smaller units, of about 100 and 60 troops respectively.", count: 100, country: "BE"},
			{text: "Belgium and the Czech Republic contribute smaller units, of about 100 and 60 troops respectively.", count: 60, country: "CZ"},
			{text: "Ghana and Nigeria have sent 300 and 500 soldiers respectively to the mission in Mali.", count: 500, country: "NG"}},
		[]string{"Belgium and the Czech Republic exported 100 and 60 tonnes of grain respectively."}},
	// r13b: "Its" or "Their" opening the sentence before a figure is the
	// state acting in the sentences before
	{ruleTroopNoun,
		[]figureCase{{text: "Burundi withdrew its last soldiers in December after failing to agree terms with Mogadishu. Its 2,000-strong contingent had been based in the Hiran region.", count: 2000, country: "BI"},
			{text: "Kenya sent police to Haiti last year. Their roughly 400 police officers patrol the capital.", count: 400, country: "KE"}},
		[]string{"The company announced the closure of its plant in Texas. Its 2,000 workers will be laid off."}},
	// r13b: a force of hired fighters named bare (hired_forces.tsv) before
	// its men gives them its state
	{ruleTroopNoun,
		[]figureCase{{text: "Some 1,500 Wagner fighters remain in the country, according to a Western diplomat.", count: 1500, country: "RU"},
			{text: "About 2,000 Africa Corps troops are based in Mali.", count: 2000, country: "RU"}},
		[]string{"Some 300 Wagner fans gathered outside the opera house.", "Some 300 Wagner fighters were killed in the battle for the town."}},
	// "State (N)" after a troop figure: a ranking of contributors in brackets
	{ruleTroopGapped,
		[]figureCase{{text: "Uganda remains the largest contributor, with 4,500 troops, followed by Djibouti (1,520), Kenya (1,410) and Egypt (1,091).", count: 1410, country: "KE"},
			{text: "Uganda remains the largest contributor, with 4,500 troops, followed by Djibouti (1,520), Kenya (1,410) and Egypt (1,091).", count: 1520, country: "DJ"}},
		[]string{"Peacekeepers come from many states; the largest donors are Japan, followed by Germany (1,200) and Norway (900).",
			"Soldiers guarded the polls; the largest populations are in Nigeria (230 million) and Egypt (110).",
			"Rice exports were led by Nepal (5,500) and India (4,000)."}},
	// a phase of a withdrawal told in the same sentence
	{ruleTroopContinued,
		[]figureCase{{text: "France will withdraw its remaining 1,000 soldiers in two phases, with 400 leaving by March.", count: 400, country: "FR"},
			{text: "France will withdraw its 1,000 soldiers in two phases: 400 by March and the remaining 600 by June.", count: 600, country: "FR"}},
		[]string{"The storm hit the coast, with 400 families leaving by March.", "The firm will close in two phases: 400 by March and the remaining 600 by June."}},
	// two figures sharing one personnel noun: "1,500 French and 1,000
	// American soldiers"; a relative clause opened by ", where" holds them
	{ruleTroopNoun,
		[]figureCase{{text: "Paris and Washington completed the withdrawal of 1,500 French and 1,000 American soldiers.", count: 1500, country: "FR"},
			{text: "In Niger, where a coup in 2023 led to the withdrawal of 1,500 French and 1,000 American soldiers, attacks have killed more than 600 people.", count: 1000, country: "US"}},
		[]string{"Some 1,500 French and 1,000 American soldiers were killed in the war.", "The army sent 300 tanks and 1,000 trucks."}},
	// a body named with "of" and a state belongs to that state: "the
	// Ministry of Defence of the Republic of Korea"
	{ruleTroopNoun,
		[]figureCase{{text: "The Ministry of Defence of the Republic of Korea said today that the unit will depart for Lebanon. It will number approximately 280 personnel.", count: 280, country: "KR"}},
		[]string{"The Ministry of Defence of the Republic of Korea said today that the unit will depart for Lebanon with 280 tonnes of supplies."}},
	// "of them" opening the sentence after a troop figure; the figure a
	// unit is reduced from, its size noun further back
	{ruleTroopContinued,
		[]figureCase{{text: "Ethiopia keeps roughly 10,000 troops in Somalia. About 3,000 of them serve under the African Union mission.", count: 3000, country: "ET"}},
		[]string{"Ethiopia keeps roughly 10,000 sheep in Somalia. About 3,000 of them graze near the border.",
			"Farmers there keep many goats. About 3,000 of them serve as dowries."}},
	// round 7a: "N of them" as a verb's object later in the sentence of
	// the troop figure it is part of
	{ruleTroopContinued,
		[]figureCase{{text: "Rwanda has some 2,600 troops in the mission and rotated 850 of them in March.", count: 850, country: "RW"},
			{text: "Ghana keeps 900 soldiers in Lebanon, and it relieved 300 of them last week.", count: 300, country: "GH"}},
		[]string{"Rwanda keeps some 2,600 cattle in the hills and moved 850 of them in March.",
			"The Rwandan army has 40 armoured vehicles in the mission and rotated 10 of them in March."}},
	// a force "meant to reach" its size
	{"number-reach",
		[]figureCase{{text: "The three Sahel states have formed their own confederation, whose joint force is meant to reach 5,500.", count: 5500}},
		[]string{"Sales of the joint venture are meant to reach 5,500 this year.", "The force is meant to reach the border by June."}},
	{"number-from-to",
		[]figureCase{{text: "The ministry said the anti-piracy unit operating off the Horn of Africa would be reduced from 300 to 240 sailors.", count: 300}},
		[]string{"The ministry said the budget of the programme in the Horn of Africa would be reduced from 300 to 240 million."}},
	// a force's capitalised name between the number and the noun
	{ruleTroopNoun,
		[]figureCase{{text: "Japan will dispatch about 200 Self-Defense Force personnel to help with the evacuation.", count: 200, country: "JP"}},
		[]string{"About 300 Harvard students marched to the embassy.", "The firm hired 200 Acme Security cleaners."}},
	// round 9a: a figure a toll rose to is the dead, however far back the
	// toll stands; a contingent that rose to a figure stays a force
	{ruleTroopNoun,
		[]figureCase{{text: "The French contingent deployed along the border with Mali rose to 3,800 soldiers last year.", count: 3800, country: "FR"}},
		[]string{"The toll from the attack on the army post near the border with Mali rose to 38 soldiers on Sunday.",
			"The death toll from Thursday's attack on the Tamou military post had risen to 38 soldiers, the ministry said."}},
	// round 9a: unit modifiers between "N-strong" and its unit; "company"
	// counts only after one
	{ruleTroopNoun,
		[]figureCase{{text: "Norway offered a 300-strong mechanised company for the new brigade.", count: 300, country: "NO"},
			{text: "Denmark will send a 150-strong armoured infantry company to Latvia.", count: 150, country: "DK"}},
		[]string{"The 300-strong company of dancers arrived in Oslo.", "The Oslo firm has a 300-strong sales team."}},
	// round 9a: a gapped clause's state sends its figure: "and Portugal
	// up to 200 marines"
	{ruleTroopNoun,
		[]figureCase{{text: "Norway offered 300 soldiers and Portugal up to 200 marines.", count: 200, country: "PT"},
			{text: "Norway offered a frigate and Spain about 150 troops.", count: 150, country: "ES"}},
		[]string{"Norway offered a frigate and Portugal up to 200 tonnes of food."}},
	// the force's bracketed acronym after its name
	{ruleTroopNoun,
		[]figureCase{{text: "Canberra will send about 260 Australian Defence Force (ADF) personnel to the islands.", count: 260, country: "AU"},
			{text: "Wellington is sending a further 120 New Zealand Defence Force (NZDF) personnel by sea.", count: 120, country: "NZ"}},
		[]string{"About 300 Harvard Business School (HBS) students marched to the embassy.", "The firm hired 200 Acme Security (AS) cleaners.",
			"Canberra will send about 260 Australian Defence Force (ADF) trucks to the islands."}},
	// personnel "from 12 nations" have no one sender; a part "including
	// 1,200 from Canada" is that state's
	{ruleTroopGapped,
		[]figureCase{{text: "The operation involves 8,000 personnel from 12 nations, including 1,200 from Canada.", count: 1200, country: "CA"}},
		[]string{"Canada hosted 8,000 visitors from 12 nations, including 1,200 from Mexico."}},
	{ruleTroopNoun,
		[]figureCase{{text: "Canada leads the operation, which involves 8,000 personnel from 12 nations.", count: 8000, country: ""}},
		[]string{"Canada hosted 8,000 visitors from 12 nations."}},
	// "a group of 400" is a force only when it serves as personnel
	{ruleTroopForce,
		[]figureCase{{text: "Moscow has kept troops there since 1992. A separate group of about 400 serves as peacekeepers in the security zone.", count: 400, country: "RU"},
			{text: "Moldova says Russia keeps 1,500 troops in Transnistria. A separate group of about 400 serves as peacekeepers in the zone.", count: 400, country: "RU"}},
		[]string{"A group of 40 gathered outside the embassy.", "A group of 30 serves as volunteers at the clinic."}},
	{ruleTroopForce,
		[]figureCase{{text: "The plan foresaw a brigade of 5,000 troops plus a counter-terrorism unit of 1,500 from Nigeria.", count: 1500, country: "NG"}},
		[]string{"The hospital opened a new unit of 40 beds.", "The housing unit of 200 flats was sold."}},
	{ruleTroopForce,
		[]figureCase{{text: "The African Union approved a force of 1,200 from Kenya to secure the port.", count: 1200, country: "KE"},
			{text: "Chad's contingent, numbering 850, will stay until the elections.", count: 850, country: "TD"}},
		[]string{"The army sent a force of 40 tanks to the border."}},
	{ruleTroopNumber,
		[]figureCase{{text: "The deployment brings the number of British troops in Estonia to about 1,650.", count: 1650, country: "GB"},
			{text: "The Pentagon plans to cut the force from 8,000 to 2,500 by the end of the year.", count: 2500, country: "US"}},
		[]string{"The government saw off an attempt to force changes to the bill by 297 votes to 203."}},
	{ruleTroopElliptic,
		[]figureCase{{text: "Kenya sent 3,000 more, mostly paratroopers, to the eastern front.", count: 3000, country: "KE"},
			{text: "Italy has pledged 1,000 troops for the new force, while Spain offered 600.", count: 600, country: "ES"},
			{text: "About 1,500 American commandos are in the region. The president ordered 300 of them to Cameroon.", count: 300, country: "US"},
			{text: "American commandos are stretched thin.\nThey are fighting in Iraq. They are training forces in Jordan.\nThe president has now ordered nearly 200 of them to Niger.", count: 200, country: "US"}},
		[]string{"Spain offered 600 armoured vehicles to the army.",
			"The charity sent 3,000 more to the camps.",
			"The president ordered 300 of them to leave the building."}},
	{ruleTroopDemonym,
		[]figureCase{{text: "Two neighbours lent police officers to the summit. The Belgian 120 arrived by train, the Dutch 80 by bus.", count: 120, country: "BE"},
			{text: "Two neighbours lent police officers to the summit. The Belgian 120 arrived by train, the Dutch 80 by bus.", count: 80, country: "NL"},
			{text: "Four allies keep soldiers at the base. The Canadian 200 will leave in March.", count: 200, country: "CA"}},
		[]string{"Four allies keep soldiers at the base. The Canadian 200 voted in the election.",
			"Soldiers guarded the depot. The Canadian 200 trucks left at dawn.",
			"The army recruited 900 young men this spring. The Polish 300 arrived in April.",
			"Police arrested protesters in the square. The French 40 were released on bail.",
			"Soldiers patrolled the port. The Italian 2024 budget left defence spending unchanged."}},
	{ruleTroopSaidMoves,
		[]figureCase{{text: "Estonia will add police officers to the EU mission; Tallinn said 25 would leave in June.", count: 25, country: "EE"},
			{text: "Ghana has kept soldiers in Lebanon since 1978. Accra says 120 will return home next month.", count: 120, country: "GH"},
			{text: "Ghana sent soldiers to the north. Accra says 120 will return to Lebanon next month.", count: 120, country: "GH"}},
		[]string{"Estonia trains soldiers every year. Tallinn said 25 would leave the army this year.",
			"Ghana sent soldiers to the north. Accra says 120 will return to school next month.",
			"The police made arrests overnight. Tallinn said 25 would leave custody on bail.",
			"Soldiers guard the parliament. Accra said 120 would vote against the budget.",
			"Ghana sent soldiers to the north. Accra said 12 trucks would leave in May."}},
	{ruleTroopFromStates,
		[]figureCase{{text: "The UN observer mission began with 150 personnel. By spring it has 240 from 31 countries.", count: 240},
			{text: "Police officers staff the training mission in Bamako. The mission had 85 from 12 nations last year.", count: 85}},
		[]string{"Soldiers guarded the venue. The summit had 390 from 22 countries.",
			"The training mission has 85 vehicles from 12 countries.",
			"The mission recruited students this year. It had 240 from 31 countries."}},
	{ruleTroopMembers,
		[]figureCase{{text: "Japan will dispatch 250 members of its Self-Defense Forces to South Sudan.", count: 250, country: "JP"}},
		[]string{"Japan will dispatch 250 members of its medical staff to the camps."}},
	{"previous-actor",
		[]figureCase{{text: "Egypt has watched the fighting in Sudan with alarm. The ministry said 300 soldiers were sent to the border.", count: 300, country: "EG"}},
		[]string{"Egypt has watched the fighting in Sudan with alarm. The ministry said 300 soldiers were wounded at the border."}},
	// round 2: who sends, what is no deployment
	{ruleStateDateline,
		[]figureCase{{text: "NAIROBI, Kenya (Reuters) - Ethiopia has sent about 2,500 soldiers into Somalia, officials said.", count: 2500, country: "ET"},
			{text: "WARSAW, Poland (AFP) - The United States has begun withdrawing 2,000 troops from Germany.", count: 2000, country: "US"},
			{text: "NAIROBI (AP) — Kenyan officials say 400 police officers will fly to Haiti next week.", count: 400, country: "KE"}},
		[]string{"NAIROBI, Kenya (Reuters) - Ethiopia has sent 2,500 tonnes of grain to Somalia."}},
	{ruleStateDeployer,
		[]figureCase{{text: "Kenya's president said Britain would deploy 600 troops to the region.", count: 600, country: "GB"},
			{text: "US officials said Iran has sent about 500 military advisers to Syria.", count: 500, country: "IR"},
			{text: "Jamaica and the Bahamas have offered 150 police officers to the mission.", count: 150, country: ""}, // sm7: a joint figure, as the held-out gold reads "Jamaica and the Bahamas together have about 40 soldiers"
			{text: "In Somalia, Ethiopia keeps about 4,000 troops under the African Union mission.", count: 4000, country: "ET"}},
		[]string{"Kenya's president said Britain would deploy 600 armoured cars to the region."}},
	// r17b: a state is never the sender of troops it receives
	{"destination-not-sender",
		[]figureCase{{text: "The government would send an extra 300 soldiers to Romania.", count: 300, country: ""},
			{text: "Mr Smith said the government will pull its last 80 instructors out of Niger.", count: 80, country: ""},
			{text: "Belgium will send 300 soldiers to Romania.", count: 300, country: "BE"},
			{text: "Poland's government said on Monday it would move 2,000 soldiers to the Belarusian border.", count: 2000, country: "PL"},
			{text: "An extra 300 soldiers will be sent to Romania next month.", count: 300, country: ""},
			{text: "More than 300 soldiers arrived in Romania on Monday.", count: 300, country: ""},
			{text: "Britain said 300 soldiers will be sent to Romania.", count: 300, country: "GB"},
			{text: "About 300 soldiers were deployed in Chad.", count: 300, country: "TD"}},
		[]string{"The government would send an extra 300 tonnes of grain to Romania."}},
	// r17b: a bare number of another state with a place phrase after it
	{ruleTroopElliptic,
		[]figureCase{{text: "Nigeria supplies some 5,000 troops, while Cameroon has about 2,000 in the Far North region.", count: 2000, country: "CM"},
			{text: "Germany has 500 troops in Lithuania. Canada has 2,200 in Latvia.", count: 2200, country: "CA"}},
		[]string{"The company has 1,200 workers at the plant, while Italy has about 900 in Milan."}},
	{ruleTroopGapped,
		[]figureCase{{text: "Ghana sent 300 soldiers to Mali and Togo 80 around Gao.", count: 80, country: "TG"}},
		[]string{"Ghana sent 300 trucks to Mali and Togo 80 around Gao."}},
	// r17b: a state's share of a force right after other states' figures
	{ruleTroopNumber,
		[]figureCase{{text: "Ethiopia will keep its 2,500 troops in the Bay region. Egypt has pledged 1,100 soldiers.\n\nKenya's contribution falls from 1,410 to 900, while Burundi has repatriated its last 400 troops.", count: 900, country: "KE"},
			{text: "Ethiopia will keep its 2,500 troops in the Bay region. Egypt has pledged 1,100 soldiers.\n\nKenya's contribution falls from 1,410 to 900.", count: 1410, country: "KE"}},
		[]string{"Ethiopia will keep its 2,500 tonnes of grain in the Bay region.\n\nKenya's contribution to the fund falls from 1,410 to 900 million shillings.",
			"Kenya's contribution falls from 1,410 to 900."}},
	// r17b: a changed figure may end with a phrase of when
	{ruleTroopNumber,
		[]figureCase{{text: "The mission now has about 8,500 soldiers, down from nearly 11,000 two years ago.", count: 11000, country: ""}},
		[]string{"The farm now has about 8,500 sheep, down from nearly 11,000 two years ago.",
			"The mission now has about 8,500 vehicles, down from 11,000 tonnes two years ago."}},
	// r17b: "supply" gives personnel; states "together" are no one sender
	{ruleTroopElliptic,
		[]figureCase{{text: "Hungary is sending a company of 180 troops. Romania, Slovakia and Bulgaria together will supply around 300 more, the mission said.", count: 300, country: ""},
			{text: "Hungary is sending a company of 180 troops. Romania will supply around 300 more, the mission said.", count: 300, country: "RO"}},
		[]string{"Hungary is sending a company of 180 trucks. Romania will supply around 300 more, the ministry said.",
			"Romania will supply around 300 more tonnes of fuel."}},
	// r17b: a bare number put "on standby" or "on alert"
	{ruleTroopElliptic,
		[]figureCase{{text: "Turkey will keep its 240-strong contingent and place a further 120 on alert at home.", count: 120, country: "TR"},
			{text: "Turkey will keep its 240 soldiers and put 300 more on standby.", count: 300, country: "TR"}},
		[]string{"Turkey will keep its 240 tanks and put 300 more on standby.", "The hospital put 300 more on alert."}},
	// r17b: a reported clause with a state as its subject
	{"reported-state-clause",
		[]figureCase{{text: "The Estonian government said Britain would double its 900 soldiers in Estonia.", count: 900, country: "GB"},
			{text: "Polish officials said that Germany would double its 500 soldiers in Lithuania.", count: 500, country: "DE"},
			{text: "The Polish government said it would send 500 soldiers to the border.", count: 500, country: "PL"}},
		[]string{"The Estonian government said Britain would double its 900 tanks in Estonia."}},
	// r17b: a figure in apposition to a state's personnel is theirs
	{"apposition-state",
		[]figureCase{{text: "Polish officials said Russian troops, some 500 soldiers, had left.", count: 500, country: "RU"},
			{text: "Lithuanian officials said Germany's brigade, some 4,800 soldiers, would be ready by 2027.", count: 4800, country: "DE"}},
		[]string{"Polish officials said Russian tanks, some 500 vehicles, had left."}},
	// r17b: the whole of an opening "Of the N troops ...," is not the part-holder's
	{"opening-whole",
		[]figureCase{{text: "Of the 12,000 troops in the force, Rwanda supplies about 2,600.", count: 12000, country: ""},
			{text: "France has begun reducing its presence in the Sahel. Of the 5,100 troops once deployed under Operation Barkhane, fewer than 2,500 remain.", count: 5100, country: "FR"}},
		[]string{"Of the 12,000 tonnes in the depot, Rwanda supplies about 2,600."}},
	// r17b: the government that a named official speaks for
	{"speaker-of-government",
		[]figureCase{{text: "Romania will host the troops. Romanian officials welcomed the plan. Romania's president thanked allies.\n\nDefence Minister Theo Francken of Belgium told lawmakers the government would send 300 soldiers to Romania.", count: 300, country: "BE"}},
		[]string{"Defence Minister Theo Francken of Belgium told lawmakers the government would send 300 tents to Romania."}},
	// r17b: a capitalised unit's name with a number is no count
	{"unit-label",
		[]figureCase{{text: "Paramedics and 2 officers were dispatched to the block.", count: 2, country: ""},
			{text: "Police sent Precinct 7 officers and 40 more officers to the park.", count: 40, country: ""}},
		[]string{"Paramedics and Zone 2 Officers were dispatched to the block.", "The army said Sector 4 troops were sent to the border."}},
	// r17b: personnel that "arrive from" a state are its
	{"coming-from",
		[]figureCase{{text: "Romania said on Monday that 300 soldiers would arrive from Belgium.", count: 300, country: "BE"},
			{text: "The 300 peacekeepers will come from Ghana and Togo.", count: 300, country: ""}},
		[]string{"Romania said on Monday that 300 tonnes of aid would arrive from Belgium."}},
	// r23a: a weak personnel noun after a force's or formation's noun and
	// "of" counts personnel when a state's or a force's word stands before
	// that noun ("a Bangladeshi formed police unit of 160 officers"); a
	// firm's company of officers does not
	{"formation-of-weak",
		[]figureCase{{text: "A Bangladeshi formed police unit of 160 officers took over the protection of the camp on Monday.", count: 160, country: "BD"},
			{text: "Rwanda's police contingent of 240 officers arrived in Bangui on Friday.", count: 240, country: "RW"}},
		[]string{"The company of 40 officers and directors met in London.",
			"A unit of 12 officers investigated the fraud."}},
	// r23a: personnel "sent from" or "dispatched from" a state or its
	// capital are its; the capital alone without a verb of sending is read
	// as before
	{"sent-from",
		[]figureCase{{text: "Some 600 gendarmes were sent from Abidjan to the northern border after the attack.", count: 600, country: "CI"},
			{text: "About 400 soldiers were dispatched from Nairobi last week.", count: 400, country: "KE"}},
		[]string{"Some 600 tonnes of food were sent from Abidjan to the northern border."}},
	// r17b: foreign, allied or a body's personnel are no guessed state's
	{"foreign-personnel",
		[]figureCase{{text: "Some 500 foreign troops are stationed in Romania.", count: 500, country: ""},
			{text: "Some 5,000 NATO troops are based in Romania, the ministry said.", count: 5000, country: ""},
			{text: "Britain will send 900 more troops to Estonia.", count: 900, country: "GB"}},
		[]string{"Some 500 foreign tourists are staying in Romania."}},
	// r17b: "the force" that a mission's force told before stands for
	{"mission-force-before",
		[]figureCase{{text: "The EU's peacekeeping force in Bosnia will grow.\n\nNATO handed peacekeeping duties to the EU in 2004, when the force had 7,000 soldiers.", count: 7000, country: ""}},
		[]string{"The city police force is short of money.\n\nIn 2004 the force had 7,000 officers."}},
	// r17b: a state's second verb phrase "and now has N"
	{ruleTroopElliptic,
		[]figureCase{{text: "Ghana has contributed troops to UNIFIL since 1978 and now has 870 in southern Lebanon.", count: 870, country: "GH"},
			{text: "Ghana has sent troops to Mali and now has 400 there.", count: 400, country: "GH"}},
		[]string{"Ghana has contributed money to UNIFIL since 1978 and now has 870 in southern Lebanon.",
			"Ghana has trained soldiers for years and now has 870 students in Accra."}},
	// r17b: a paragraph opening "The government" is the story's own
	{"home-government",
		[]figureCase{{text: "Belgium will send 300 soldiers to Romania, Belgian officials said. Belgium's army is stretched.\n\nThe Netherlands said it would add 100 marines to that force.\n\nThe government will also pull its last 80 instructors out of Niger.", count: 80, country: "BE"},
			{text: "Belgium will send 300 soldiers to Romania, Belgian officials said. Belgium's army is stretched.\n\nThe Netherlands said on Monday it had sent 100 marines. The government will also send 40 instructors.", count: 40, country: "NL"}},
		[]string{"Belgium's army is stretched.\n\nThe government will also pull its last 80 tonnes of equipment out of Niger."}},
	// r17b: "has" counts weak personnel only after a holder of personnel
	{"personnel-holder",
		[]figureCase{{text: "Mali has 300 advisers in the north.", count: 300, country: "ML"},
			{text: "Russia's Africa Corps, which took over from Wagner in 2024, has about 2,500 fighters in Mali.", count: 2500, country: "RU"},
			{text: "The army has 300 officers in the north.", count: 300, country: ""}},
		[]string{"The hotel has five security officers on duty at night.", "The store has three security guards at the entrance.",
			"The city has 57 contractors working on the bridge."}},
	{"bolster-verb",
		[]figureCase{{text: "The police chief said he has bolstered patrols in the park with six additional officers.", count: 6, country: ""},
			{text: "Kenya bolstered its contingent in Somalia with 300 officers.", count: 300, country: "KE"}},
		[]string{"The coach bolstered the squad with six additional players.", "The club has six guards at the door."}},
	{ruleStateContinuation,
		[]figureCase{{text: "Australia will send 400 soldiers to the Solomon Islands, the Solomon Islands government said. The Solomon Islands prime minister thanked Canberra. The first group of about 50 service members landed in Honiara on Sunday.", count: 50, country: "AU"},
			{text: "Russia has sent 2,000 paratroopers to Kazakhstan. Kazakhstan's president thanked Moscow. The additional 900 soldiers, mostly from one division, will arrive on Friday.", count: 900, country: "RU"},
			{text: "Kenya sent 400 police officers to Haiti last year.\nHaiti's police welcomed them. The second group of 200 officers arrived on Tuesday.", count: 200, country: "KE"}},
		[]string{"The first group of about 50 tourists landed in Honiara on Sunday."}},
	{ruleTroopGapped,
		[]figureCase{{text: "Ghana will contribute 120 troops and Togo 80 to the regional force.", count: 80, country: "TG"},
			{text: "Vanuatu will send 20 police officers, Tonga 40 and Samoa 15.", count: 15, country: "WS"},
			{text: "The allies agreed to put 300,000 troops on high readiness.\nGermany will contribute 30,000 of them and France 15,000.", count: 15000, country: "FR"}},
		[]string{"Ghana will send 120 trucks and Togo 80."}},
	// a participle aside between the force and its verb
	{ruleTroopForceOwn,
		[]figureCase{{text: "Japan's Self-Defense Forces, taking part as a full participant for the first time, sent 150 members.", count: 150, country: "JP"}},
		[]string{"The union, angered by the cuts, sent 150 members to the rally.", "The club, founded in 1990, sent 150 members to the final."}},
	{ruleTroopForceOwn,
		[]figureCase{{text: "Mexico's National Guard has deployed 8,000 members to the northern border.", count: 8000, country: "MX"}},
		[]string{"The party sent 300 members to the rally."}},
	// session 10: a state or a standing force "with" so many personnel in
	// an apposition has them: its strength; "with" them somewhere is a
	// posting
	{ruleTroopStrength,
		[]figureCase{{text: "Kenya, with 1,000 police officers in Haiti, leads the mission.", count: 1000, country: "KE"}},
		[]string{"Egypt, with some 650,000 active soldiers, is among the largest militaries in the region.",
			"The army, with 80,000 troops, is stretched thin."}},
	{ruleTroopStrength,
		[]figureCase{{text: "Uganda has some 1,500 soldiers in South Sudan under a bilateral deal.", count: 1500, country: "UG"},
			{text: "Nepal, which has about 5,000 peacekeepers in UN missions, offered more.", count: 5000, country: "NP"},
			{text: "Turkey keeps about 3,000 soldiers in the north of the island.", count: 3000, country: "TR"},
			{text: "The force has about 1,000 police officers from Kenya.", count: 1000, country: "KE"},
			{text: "The force currently has about 4,500 soldiers from 28 countries.", count: 4500},
			{text: "Hungary already has around 400 troops in the force.", count: 400, country: "HU"}},
		[]string{"Peru's armed forces have about 81,000 soldiers in total, according to the ministry.",
			"The city has 400 officers in the police force.",
			"The army has about 5,000 troops from the north.",
			"The army, one of the largest in the region, has about 230,000 active-duty personnel.",
			"Finland can mobilise about 280,000 personnel in wartime.",
			"The national police force has about 12,000 active officers.",
			"The rebel group, which has about 4,000 fighters, controls the north.",
			"Haitian police, who number about 9,000 officers, welcomed the mission.",
			"Lithuania has about 23,000 active-duty personnel in its armed forces.",
			"The president pledged to double the size of the army to 150,000."}},
	{"captive-troops",
		[]figureCase{{text: "Militants attacked a base where 40 soldiers are stationed.", count: 40}},
		[]string{"Militants are holding 12 soldiers hostage in the hills."}},
	// casualties: a figure joined by a bare "and" shares the death word
	// after it; "a toll of" before personnel makes them dead
	{"casualty-joined",
		[]figureCase{{text: "Germany will send 500 soldiers and 30 medics to Lithuania.", count: 500, country: "DE"},
			{text: "Kenya sent 400 police officers and 12 were killed last year.", count: 400, country: "KE"}},
		[]string{"The battle left 12 soldiers and 30 militants dead, the ministry said.",
			"The monitor gave a toll of 148 security personnel in the fighting.",
			"Nine Pakistani soldiers were martyred in the attack, the military said."}},
	// two states joined by "and" before the noun send no one state; a
	// personnel noun of two words, "Royal Marines"
	{ruleTroopNoun,
		[]figureCase{{text: "Some 14,000 Filipino and American troops began the exercises on Monday.", count: 14000, country: ""},
			{text: "Britain will deploy a detachment of 40 Royal Marines to the ship.", count: 40, country: "GB"}},
		[]string{"Some 14,000 Filipino and American tourists visited the island.", "The Royal Marines band played 40 songs."}},
	{"modifier-before-troops",
		[]figureCase{{text: "India deployed an extra 5,000 paramilitary troops to the valley.", count: 5000, country: "IN"}},
		[]string{"Two task forces have been set up to examine the claims."}},
	{ruleTroopContinued,
		[]figureCase{{text: "Ethiopia will withdraw 3,000 of its troops from Somalia this year.\nThe remaining 2,500 will stay under the new mission.", count: 2500, country: "ET"},
			{text: "Rwanda has some 2,100 soldiers in the country under a bilateral deal, and another 1,700 serving with the UN mission.", count: 1700, country: "RW"}},
		[]string{"The soldiers searched the river for the remaining two.",
			"The first 150 were paid in March, the firm said."}},
	// round 3: "a further 600" continues the troop figure of the sentence or
	// the one before, with "to follow", "held" or a verb of sending
	{ruleTroopContinued,
		[]figureCase{{text: "Benin has sent 400 soldiers to the north, the ministry said, with a further 600 to follow.", count: 600, country: "BJ"},
			{text: "Britain will add 1,400 soldiers to the battlegroup, with a further 600 held at readiness at home.", count: 600, country: "GB"},
			{text: "France has about 300 soldiers there. Copenhagen last month pledged to send a further 150.", count: 150, country: "DK"}},
		[]string{"Police arrested 40 protesters on Monday, and a further 20 were charged.",
			"The army sent 400 trucks to the border, with a further 20 to follow."}},
	// round 6a: a parenthetical between a mission and its verb of having
	// still makes it the subject; a list of states after "from" (also past
	// a second personnel noun) sends no one state
	{ruleTroopStrength,
		[]figureCase{{text: "The regional mission, deployed after a coup attempt in 2022, has about 630 troops.", count: 630, country: ""},
			{text: "The mission has about 630 troops and police officers from Nigeria, Senegal and Ghana, well short of the 1,000 planned.", count: 630, country: ""}},
		[]string{"The army, one of the largest in the region, has about 230,000 active-duty personnel.",
			"The national guard, founded in 2019, has about 100,000 members."}},
	{ruleTroopNoun,
		[]figureCase{{text: "The UN has deployed 900 peacekeepers from Nepal, Ghana and Zambia.", count: 900, country: ""},
			{text: "The UN has deployed 900 peacekeepers from Nepal, its largest contributor.", count: 900, country: "NP"}},
		[]string{"The UN has deployed 900 vehicles from Nepal, Ghana and Zambia."}},
	// round 6a: personnel listed after "the dead included" were killed
	{"casualty-included",
		[]figureCase{{text: "With 12 dead in the attack, Kenya has 300 soldiers in the town.", count: 300, country: "KE"}},
		[]string{"The monitor said the dead included 427 Druze fighters and 354 members of the security forces.",
			// session 11: "the dead, who included", "N dead, including"
			"\"Our people gave their lives,\" he said, referring to the dead, who included two gendarmes.",
			"The unrest left 14 dead, including two gendarmes."}},
	// round 6a: the two sides of a shortfall, the strength a figure falls
	// short of and the bare number a mission "had on the ground"
	{ruleTroopCompared,
		[]figureCase{{text: "The mission has about 630 troops from Ghana and Senegal, well short of the 1,000 envisaged when it was set up.", count: 1000, country: ""},
			{text: "Britain has sent 400 soldiers, short of the 600 it promised.", count: 600, country: "GB"}},
		[]string{"The depot holds 400 rifles for the troops, well short of the 1,000 rifles envisaged.",
			"The clinic had 40 nurses, well short of the 100 envisaged.",
			"The fund raised 630 dollars, well short of the 1,000 envisaged."}},
	// session 11: a bare number after a verb of sending takes the
	// personnel of the troop figure read before in its sentence, even a
	// noun that alone is weak ("officers")
	{ruleTroopElliptic,
		[]figureCase{{text: "Papua New Guinea would provide the largest contingent, about 120 officers, and Fiji said it would send 80.", count: 80, country: "FJ"}},
		[]string{"Papua New Guinea would provide the largest contingent of boats, and Fiji said it would send 80."}},
	{ruleTroopElliptic,
		[]figureCase{{text: "The mission may deploy up to 14,400 military personnel but had only about 11,800 on the ground in October.", count: 11800, country: ""}},
		[]string{"The team had only 11 on the ground at the end of the match.",
			"The peacekeepers had only about 40 vehicles on the ground in October."}},
	// round 6a: a state that masses personnel deploys them; the reporting
	// clause's adjective before it is not theirs
	{ruleTroopNoun,
		[]figureCase{{text: "Thai intelligence officials estimate that Phnom Penh has massed some 20,000 soldiers opposite the temple.", count: 20000, country: "KH"},
			{text: "Ukrainian officials say Russia is amassing about 50,000 troops near Kupiansk.", count: 50000, country: "RU"}},
		[]string{"Thai officials estimate that Phnom Penh has massed some 200 rocket launchers opposite the temple."}},
	// session 10: gathering, concentrating or mustering personnel is
	// massing them; the reporting body's state is not theirs
	{ruleTroopNoun,
		[]figureCase{{text: "Ukraine's military intelligence agency said Russia had gathered about 50,000 troops near Zaporizhzhia.", count: 50000, country: "RU"},
			{text: "Indian officials said Pakistan had concentrated some 8,000 soldiers along the border.", count: 8000, country: "PK"}},
		[]string{"Ukraine's military intelligence agency said Russia had gathered about 50,000 tonnes of grain near Zaporizhzhia."}},
	// round 6a: the official whose speech verb opens the figure's clause
	// gives it his state, told by his role
	{ruleTroopNoun,
		[]figureCase{{text: "The US Navy sent a carrier to the Caribbean on Sunday, with 4,500 sailors aboard. Venezuelan President Nicolás Maduro called it a pretext. His defence minister, Vladimir Padrino López, announced on Tuesday that nearly 200,000 troops would take part in exercises.", count: 200000, country: "VE"},
			{text: "Chinese coast guard ships were seen near the shoal on Monday. The Philippine defence secretary, Gilberto Teodoro, said on Tuesday that about 5,000 troops would join the drills.", count: 5000, country: "PH"}},
		[]string{"Venezuelan President Nicolás Maduro called it a pretext. His defence minister, Vladimir Padrino López, announced on Tuesday that nearly 200,000 tickets had been sold."}},
	// a capital that approves or decides acts for its state: the figure it
	// sends is that state's
	{ruleTroopNoun,
		[]figureCase{{text: "Washington approved sending another 3,000 troops to the region.", count: 3000, country: "US"},
			{text: "Paris decided to send 400 soldiers to Romania.", count: 400, country: "FR"},
			// session 8: a capital that plans or intends acts for its state
			{text: "Washington plans to pull 12,000 troops out of Germany.", count: 12000, country: "US"}},
		[]string{"Washington approved sending another 3,000 tonnes of grain to the region.",
			"Washington plans to pull 12,000 tonnes of grain out of Germany."}},
	// a figure that opens the text has no speech verb before it
	{ruleTroopNoun,
		[]figureCase{{text: "2,000 soldiers were sent to the border on Monday.", count: 2000, country: ""}},
		[]string{"2,000 tickets were sold on Monday."}},
	// round 3: "in the mission" is where personnel serve, not a force's size
	{ruleTroopStrength,
		[]figureCase{{text: "Uganda now has 4,500 troops in the mission, down from 6,000 at its peak.", count: 4500, country: "UG"}},
		[]string{"The army has about 40,000 soldiers in its ranks."}},
	// personnel a state has fighting or operating somewhere are deployed,
	// not its strength
	{ruleTroopStrength,
		[]figureCase{{text: "UN experts said Rwanda has 3,000 troops fighting alongside the rebels inside Congo.", count: 3000, country: "RW"},
			{text: "Moscow says Russia has 1,500 soldiers operating in the region.", count: 1500, country: "RU"}},
		[]string{"Rwanda has 33,000 troops, the experts said.", "The army has about 40,000 soldiers in its ranks."}},
	// round 3: a deployed contingent's size after a verb of numbering
	// a contingent's size put by "is estimated at", its state from the
	// force named before it
	{ruleTroopContingent,
		[]figureCase{{text: "The Operational Group of Russian Forces, as the contingent is formally known, is estimated by Moldovan officials at around 1,500 men.", count: 1500, country: "RU"}},
		[]string{"The damage to the contingent's base is estimated at 1,500 dollars.", "The contingent's budget is estimated at 1,500."}},
	// r14b: a unit's size after "counts" or "stands at", past a clause set
	// off by commas, or before a fronted "Numbering"; its owner after "from"
	{ruleTroopContingent,
		[]figureCase{{text: "Portugal's contingent in the Central African Republic, which has guarded the airport since 2017 and lost two men in an ambush, stands at about 240.", count: 240, country: "PT"},
			{text: "Spanish soldiers have trained local units since 2019; the detachment from Madrid now counts roughly 130.", count: 130, country: "ES"},
			{text: "Numbering about 520, the Zambian battalion replaced a Tanzanian unit at Bria.", count: 520, country: "ZM"}},
		[]string{"The club, which was founded in 1921 and moved to a new ground last year, stands at about 240.",
			"The trade mission from Madrid now counts roughly 130 delegates.",
			"Numbering about 520, the villages along the river were flooded."}},
	{ruleTroopContingent,
		[]figureCase{{text: "Kenya's contingent, based in the southern Jubaland region, numbers 1,410.", count: 1410, country: "KE"}},
		[]string{"The army numbers 40,000.", "Kenya's contingent numbers 1,410 vehicles."}},
	// round 3: a personnel word before a formation noun counts formations
	{ruleTroopNoun,
		[]figureCase{{text: "Benin has sent 400 infantry to the north.", count: 400, country: "BJ"}},
		[]string{"The reinforcements were drawn from two infantry battalions based in the south."}},
	// round 3: "blue helmets" are peacekeepers
	{ruleTroopNoun,
		[]figureCase{{text: "The mission has some 1,800 Bangladeshi blue helmets in the territory.", count: 1800, country: "BD"}},
		[]string{"Some 40 blue helmets were injured in the attack."}},
	// round 3: a capital that opens its sentence with "whose" is its state
	{ruleTroopNoun,
		[]figureCase{{text: "Kampala, whose forces have been in Somalia since 2007, now has 4,500 troops there.", count: 4500, country: "UG"}},
		[]string{"Kampala, whose streets flooded, has 4,500 buses."}},
	{"body-of-no-state",
		[]figureCase{{text: "PRISTINA, Kosovo (AP) - NATO will send an extra 700 troops to Kosovo after the clashes.", count: 700, country: ""},
			{text: "BRUSSELS (Reuters) - NATO allies agreed to put 300,000 troops on high readiness.", count: 300000, country: ""}},
		[]string{"PRISTINA, Kosovo (AP) - NATO will send an extra 700 tents to Kosovo after the clashes."}},
	{"the-total-to",
		[]figureCase{{text: "The United States will send about 500 more military trainers to Taiwan, a US official said, bringing the total to around 1,000.", count: 1000, country: "US"}},
		[]string{"Troop strength, around 166,000 in April, already lags the current target of 170,000, an expert said."}},
	// "the number" reaches back for its personnel over a long phrase or to
	// a noun earlier in the sentence; "the number of migrants" counts others
	{"number-to-long",
		[]figureCase{{text: "The deployment brings the total number of UK Armed Forces personnel committed to maritime security in the Middle East to approximately 1,100.", count: 1100, country: "GB"},
			{text: "Warsaw will send a further 2,000 soldiers to the eastern border under Operation Safe Podlasie, raising the number deployed there to about 8,000.", count: 8000, country: "PL"}},
		[]string{"The storm raised the number of migrants held in the camps near the eastern border under the new rules to about 8,000.",
			"Warsaw will shut the eastern border under Operation Safe Podlasie, raising the number of migrants held there to about 8,000."}},
	// "from N to M troops": N is the size the body grows or shrinks from
	{"number-from-to",
		[]figureCase{{text: "The UN mission will grow from 2,500 to 4,000 troops by June.", count: 2500},
			{text: "Britain will raise its contingent from 1,500 to 3,000 troops.", count: 1500, country: "GB"}},
		[]string{"Prices of the shares will grow from 2,500 to 4,000 dollars by June.", "The mission will grow from 2,500 to 4,000 square metres."}},
	{"relative-clause-troops",
		[]figureCase{{text: "The United States, which has about 450 troops in Somalia, carried out a strike last week that killed 12 militants.", count: 450, country: "US"}},
		[]string{"Nine soldiers, who had arrived last month, were killed in the ambush."}},
	{"second-reported-clause",
		[]figureCase{{text: "The junta said China had sent rescue teams and that 100 soldiers had been assigned to each township. Myanmar asked for more help. Myanmar has had 3,000 aftershocks.", count: 100, country: "MM"}},
		[]string{"The junta said China had sent rescue teams and that 100 tents had been assigned to each township."}},
	{"of-its-own",
		[]figureCase{{text: "Mexico will deploy 6,000 of its own national guard troops to the border.", count: 6000, country: "MX"}},
		[]string{"Six of its own national guard troops were wounded in the ambush."}},
	// an adjective of no list between "of its" and the noun
	{"of-its-modifier",
		[]figureCase{{text: "Nigeria will send 800 of its best-trained soldiers to the Gambia.", count: 800, country: "NG"}},
		[]string{"Five of its best-trained soldiers were wounded in the ambush."}},
	// two modifiers joined by "and" before the noun
	{"joined-modifiers",
		[]figureCase{{text: "Pakistan has deployed 4,000 military and police personnel to UN missions in Africa.", count: 4000, country: "PK"}},
		[]string{"Pakistan has deployed 4,000 military and police vehicles to the border."}},
	{ruleTroopCompared,
		[]figureCase{{text: "Clinton said the United States should send more special operators to Syria than the 50 that Obama authorized.", count: 50, country: "US"},
			{text: "Britain will keep fewer troops in Estonia than the 900 it kept there last year.", count: 900, country: "GB"}},
		[]string{"Britain will keep more troops in Estonia than the 900 tanks it kept there last year.",
			"More soldiers died than the 50 the army had feared."}},
	// the bare number a state already holds, to which a deployment adds
	// a participle of posting after the bare number held
	// a deployment that joins the personnel already in place
	{ruleTroopAddedTo,
		[]figureCase{{text: "Britain will deploy 1,000 more soldiers to Estonia, joining the roughly 900 already based in the country.", count: 900, country: "GB"}},
		[]string{"The charity sent 100 nurses, joining the 900 already based there.", "The club will join the 900 already based in the league."}},
	// a continued figure in a reported clause: "said the first 500 had arrived"
	{ruleTroopContinued,
		[]figureCase{{text: "Germany is building a brigade of 4,800 troops in Lithuania. It said the first 500 had arrived.", count: 500, country: "DE"}},
		[]string{"Germany is building 4,800 homes in Lithuania. It said the first 500 had been sold.", "Officials said the remaining two had been found."}},
	{ruleTroopAddedTo,
		[]figureCase{{text: "North Korea has sent roughly 3,000 more troops to Russia since January, in addition to the 11,000 deployed last autumn.", count: 11000, country: "KP"}},
		[]string{"The firm sent 3,000 more parcels, in addition to the 11,000 deployed last autumn.", "The charity sent aid to the 12 villages stationed along the river."}},
	{ruleTroopAddedTo,
		[]figureCase{{text: "Guatemala said it would add 150 soldiers to the 75 it already has on the ground.", count: 75, country: "GT"}},
		[]string{"Guatemala said it would add trucks to the 75 it already has on the ground.",
			"Guatemala said its soldiers would go to the 75 villages it has mapped."}},
	// a deployment that will number a bare figure; an army that numbers one is a strength
	{ruleTroopForce,
		[]figureCase{{text: "Kenya approved a new rotation of police officers for Haiti. The next rotation will number 600, the minister said.", count: 600, country: "KE"}},
		[]string{"Kenya's army numbers about 80,000, the minister said."}},
	// weak personnel nouns ("officers") are a deployment's members after a
	// sentence that names the mission
	{ruleTroopNoun,
		[]figureCase{{text: "Kenya's cabinet approved the mission. Officials said the first 400 officers would fly out on Tuesday.", count: 400, country: "KE"},
			{text: "Kenya leads the mission with about 1,000 officers.", count: 1000, country: "KE"}},
		[]string{"Kenya's cabinet approved the budget. Officials said the first 400 officers would get new uniforms.",
			"The mission of the school is to train 400 officers a year."}},
	// personnel who speak are sources, not a deployment
	{"personnel-speak",
		[]figureCase{{text: "Kenya sent 400 officers to Haiti on Monday, officials said.", count: 400, country: "KE"}},
		[]string{"Several hundred have crossed back over the river, two officers told AFP on condition of anonymity."}},
	// a verb of pledging as a participle of the personnel is no speech:
	// pledged figures count, arrived or not
	{"personnel-speak",
		[]figureCase{{text: "The 4,000 soldiers pledged by Kenya have not arrived.", count: 4000, country: "KE"},
			{text: "Guatemala's 150 soldiers promised in March have not arrived.", count: 150, country: "GT"}},
		[]string{"The 200 soldiers pledged loyalty to the junta.", "Some 200 soldiers pledged to defend the city."}},
	// a capital with an adverb before its agent word stands for its state
	{ruleTroopNoun,
		[]figureCase{{text: "Budapest already has 400 troops in Kosovo.", count: 400, country: "HU"}},
		[]string{"Budapest already has 400 hotels in the old town."}},
	// a state that "has" a bare number "in the mission": the personnel the
	// story told of before
	{ruleTroopElliptic,
		[]figureCase{{text: "Uganda has 4,500 troops in the mission. Kenya's contingent numbers 1,410. Ethiopia has some 2,500 in the mission.", count: 2500, country: "ET"}},
		[]string{"The bank has some 2,500 in the fund.", "Ethiopia has some 2,500 in the mission."}},
	// "home to" troops after a base a state's adjective names: its state's
	{ruleTroopNoun,
		[]figureCase{{text: "Ivory Coast said it would take over the French camp in Abidjan, home to some 700 troops.", count: 700, country: "FR"},
			{text: "The city of Abidjan, home to some 700 troops, is calm.", count: 700}},
		[]string{"The French camp in Abidjan, home to some 700 families, is calm."}},
	// a second figure after "alongside", where it serves and no noun
	{ruleTroopGapped,
		[]figureCase{{text: "About 2,500 US troops are stationed in Iraq under an agreement with Baghdad, alongside roughly 900 in neighbouring Syria.", count: 900, country: "US"}},
		[]string{"The army has 40 tanks in Iraq, alongside 900 in Syria.", "The firm employs 2,500 staff in Iraq, alongside 900 in Syria."}},
	// "the country's" stands for the state named last before it, in its
	// sentence or the one before; with none, no state
	{ruleTroopNoun,
		[]figureCase{{text: "Thirteen South African soldiers were killed, prompting debate in Pretoria. The minister said the country's 1,300-strong contingent would stay.", count: 1300, country: "ZA"},
			{text: "The minister said the country's 800 police officers would stay.", count: 800}},
		[]string{"Kenya's parliament met on Monday. The minister said the country's 800 schools would reopen."}},
	// the agent of a passive verb after the figure sends it
	// round 7a: the part after a fronted "Of the" and a troop figure
	{ruleTroopContinued,
		[]figureCase{{text: "Of the 4,000 troops Nigeria pledged in March, only 900 have arrived.", count: 900, country: "NG"},
			{text: "Of the 1,200 police officers Kenya promised, 400 are already in Haiti.", count: 400, country: "KE"}},
		[]string{"Of the 4,000 sheep Nigeria sent, 900 have arrived.",
			"Of the 4,000 tonnes of grain, only 900 have arrived."}},
	// round 7a: "men of" a force named with a capital, of the state whose
	// possessive stands before that name elsewhere
	{ruleTroopMembers,
		[]figureCase{{text: "Russia's Africa Corps took over from the mercenaries in June. About 2,000 men of the Africa Corps will stay in Mali.", count: 2000, country: "RU"},
			{text: "Britain flew 300 men of the Parachute Regiment to Kabul.", count: 300, country: "GB"}},
		[]string{"The elders said 200 men of the village militia guarded the road.",
			"About 2,000 men of the town marched to the Corps headquarters."}},
	// round 7a: a name the article introduces as a private armed force
	// ("the Russian mercenary group Wagner") makes "fighters" and
	// "contractors" after it personnel, of the introduction's state
	{ruleTroopNoun,
		[]figureCase{{text: "The Russian mercenary group Wagner said it was leaving Mali. Some 1,500 Wagner fighters will fly out this month.", count: 1500, country: "RU"},
			{text: "Mali hired the Russian private military company Vega last year. About 800 Vega contractors guard the mines.", count: 800, country: "RU"}},
		[]string{"Some 1,500 Vega fighters will fly out this month.",
			"The Russian mercenary group Wagner said it was leaving Mali. Some 1,500 Wagner fans will fly out this month."}},
	// round 7a: a figure with no state of its own is the state's told
	// before as moving its own force without a figure; none when that
	// object is no force or two states share it
	{"own-force-mover",
		[]figureCase{{text: "Russia has begun withdrawing its peacekeeping contingent from Armenia, Armenia's government said.\nA first column carrying about 120 servicemen left the base on Tuesday.", count: 120, country: "RU"},
			{text: "Russia has begun withdrawing its embassy staff from Armenia, Armenia's government said.\nA first column carrying about 120 servicemen left the base on Tuesday.", count: 120, country: "AM"},
			{text: "Russia and Turkey have begun withdrawing their forces from Armenia, Armenia's government said.\nA first column carrying about 120 servicemen left the base on Tuesday.", count: 120, country: "AM"}},
		[]string{"Russia has begun withdrawing its peacekeeping contingent from Armenia, Armenia's government said.\nA first column carrying about 120 tonnes of fuel left the base on Tuesday."}},
	{"passive-agent",
		[]figureCase{{text: "Turkey has closed its border. The ministry said 40,000 reservists had been called up by Israel.", count: 40000, country: "IL"},
			{text: "Officials said 600 soldiers were sent by Ghana to the north.", count: 600, country: "GH"}},
		[]string{"The ministry said 40,000 reservists had been wounded by Israel."}},
	// r12b: a force's size changed to or from a figure, by a size verb
	// whose object is the force or its personnel, or whose subject is a
	// force or a mission named earlier in the clause, or "it" after a
	// sentence about a force's personnel
	{ruleTroopNumber,
		[]figureCase{{text: "The African Union mission in Somalia, which once numbered 22,000 troops, is being cut to 12,000.", count: 12000, country: "SO"},
			{text: "The force has about 10,200 peacekeepers. Under a new plan, it is to be cut to roughly 7,500 by September.", count: 7500},
			{text: "Indonesia will reduce its battalion from 1,230 to 850 soldiers.", count: 1230, country: "ID"},
			{text: "Chad will reduce its troops in Mali from 1,400 to 900.", count: 900, country: "TD"}},
		[]string{"The mission's budget is being cut to 12,000 dollars a head.",
			"The force's peacekeepers patrol the border. Under the plan, its budget is to be cut to 7,500 by September.",
			"Kenya reduced its troops from 2020 to 2022."}},
	// r12b: a casualty verb after "and" with a counted object of its own
	// says nothing of the personnel before it
	{ruleTroopNoun,
		[]figureCase{{text: "Kenya sent 200 police officers to the town and detained 15 men.", count: 200, country: "KE"},
			{text: "Chad deployed 400 more soldiers to the area and arrested six suspects.", count: 400, country: "TD"}},
		[]string{"The rebels ambushed 40 soldiers and killed 12 of them.", "Some 40 soldiers were wounded and killed three militants."}},
	// session 9: a contingent or garrison that numbers its personnel is a
	// deployment, as a mission that has them; an army that numbers them is
	// a strength
	{ruleTroopNoun,
		[]figureCase{{text: "The Turkish contingent numbers 1,200 soldiers, the ministry said.", count: 1200, country: "TR"},
			{text: "The Polish contingent now totals 250 troops.", count: 250, country: "PL"}},
		[]string{"The Turkish army numbers 355,000 soldiers, the ministry said."}},
	// session 9: personnel after "injured" or "wounded" in their clause are
	// hurt, no deployment (casualty-before), as after "injuring"
	{ruleTroopNoun,
		[]figureCase{{text: "After two soldiers were wounded, the army sent 500 troops to the town.", count: 500}},
		[]string{"Injured in the attack were four soldiers and a civilian, the army said.",
			"The gunman shot and wounded two police officers on Sunday.", "A shooting that injured two Wellston police officers closed the road."}},
	// r12b: "men" counted by a state's force that has them, and "men"
	// after a figure of a force's size
	{ruleTroopNoun,
		[]figureCase{{text: "In the east, Russia's Africa Corps has some 2,000 men at bases near Sirte.", count: 2000, country: "RU"}},
		[]string{"The rebels have some 2,000 men in the hills.", "Russia's Gazprom has 2,000 men in the field."}},
	{ruleTroopNumber,
		[]figureCase{{text: "Nigeria's contribution to the regional force stands at 800 men.", count: 800, country: "NG"}},
		[]string{"The price of bread stands at 800 men."}},
	// r12b: a bare number after a semicolon, and a passive of sending
	// after its auxiliaries ("up to 10,000 could be sent")
	{ruleTroopMovedSubject,
		[]figureCase{{text: "Egypt has offered to deploy troops to Somalia under the new AU mission; up to 10,000 could be sent.", count: 10000, country: "EG"},
			{text: "Egypt has offered to deploy troops to Somalia. About 4,000 will be stationed in Baidoa.", count: 4000, country: "EG"}},
		[]string{"Egypt sold tanks to Somalia; about 4,000 will be delivered by March.",
			"Egypt has offered troops to Somalia. About 4,000 letters were sent."}},
	// r12b: a weak noun counted after paragraphs that sent the same
	// personnel with no figure; the state is that sentence's
	{ruleTroopNoun,
		[]figureCase{{text: "NAIROBI — Kenya's cabinet approved on Tuesday a plan to send police officers to lead a multinational force in Haiti.\n\"This is a mission of humanity,\" the minister told reporters.\nThe first 400 officers will fly to Port-au-Prince next month, officials said.", count: 400, country: "KE"}},
		[]string{"The city council voted on Tuesday to hire more police officers.\n\"This is about safety,\" the mayor said.\nAbout 400 officers attended the meeting, officials said.",
			"Gunfire was exchanged and two officers were wounded.\n\"Please keep our officers in your prayers,\" he wrote.\nThe two officers were not identified."}},
	// r12b: the unit of "N-member" or "N-strong" may be a police or a
	// defence force's, and a formation noun after personnel is the unit
	// whose size it gives
	{ruleTroopNoun,
		[]figureCase{{text: "Nepal will contribute a 600-member police unit to the UN mission in the Central African Republic.", count: 600, country: "NP"},
			{text: "The 2,000-strong Estonian defence force will take part in the exercise.", count: 2000, country: "EE"},
			{text: "Senegal sent a 160-strong formed police unit to Mali.", count: 160, country: "SN"}},
		[]string{"A 600-member police choir sang at the ceremony.", "Two police units were sent to the town."}},
	// r12b: "a second ship" after a warship named in the paragraph or the
	// one before carries personnel in its crew
	{ruleTroopForce,
		[]figureCase{{text: "Denmark will send a frigate to the Red Sea, the defence ministry said.\nThe frigate will escort merchant ships. A second ship, with a crew of 120, will follow in January.", count: 120, country: "DK"}},
		[]string{"A Houthi missile struck a cargo ship on Monday.\nA second ship, with a crew of 19, was hit hours later."}},
	// r12b: a state's "contribution" is a count of its personnel after
	// a troop figure, as its "presence" or "contingent" is
	{ruleTroopNumber,
		[]figureCase{{text: "New Zealand is sending a further 120 soldiers and a patrol vessel, bringing its military contribution to about 180, the defence minister said.", count: 180, country: "NZ"}},
		[]string{"Japan raised its contribution to 500, officials said.", "Japan sent aid, bringing its contribution to 18 per cent of the budget."}},
	// r12b: "paramilitary" may stand before a weak personnel noun
	{ruleTroopNoun,
		[]figureCase{{text: "Pakistan deployed 2,000 paramilitary Rangers to Karachi ahead of the vote.", count: 2000, country: "PK"}},
		[]string{"The 2,000 paramilitary Rangers fans travelled to Karachi."}},
	// r12b: "called up" after personnel mobilises them; it is no speech
	{ruleTroopNoun,
		[]figureCase{{text: "Tens of thousands of troops have been mobilised in Armenia, and 8,000 reservists called up.", count: 8000, country: "AM"}},
		[]string{"Some 8,000 reservists called for higher pay."}},
	// r12b: a part of a hedged whole, "300 of its roughly 1,050 troops"
	{ruleTroopOf,
		[]figureCase{{text: "Italy will bring home 300 of its roughly 1,050 troops.", count: 300, country: "IT"}},
		[]string{"Italy will bring home 300 of its roughly 1,050 tanks."}},
	// r16b: a state in an opening phrase of place, closed by a comma, is
	// no subject: the state after the comma acts ("Besides X, Y has")
	{"acting-state-after-opening-phrase",
		[]figureCase{{text: "Besides the Central African Republic, Kigali has some 4,000 soldiers in Cabo Delgado.", count: 4000, country: "RW"},
			{text: "In Mali, Paris keeps about 600 soldiers at the Gao base.", count: 600, country: "FR"},
			{text: "Unlike Kenya, Uganda has 1,200 troops in the Somali capital.", count: 1200, country: "UG"},
			{text: "The United States has about 2,500 troops in Iraq, Syria and Jordan.", count: 2500, country: "US"}},
		[]string{"Besides Mali, Kigali has some 4,000 tanks in Cabo Delgado."}},
	// r16b: personnel a state has "with" a mission serve in it, as "in"
	// it; so do those joined to a second counted group
	{ruleTroopNoun,
		[]figureCase{{text: "Rwanda had about 2,100 soldiers with MINUSCA before the vote.", count: 2100, country: "RW"},
			{text: "Ireland has 340 soldiers with the UN mission in Lebanon.", count: 340, country: "IE"},
			{text: "Rwanda has about 2,100 soldiers and 460 police officers with the mission.", count: 2100, country: "RW"}},
		[]string{"The army has 3,000 soldiers with combat experience.", "The club has 340 members with the league.",
			"The department has 300 officers with the SWAT team.", "The city has 300 police officers with the NYPD.",
			"The army has 2,100 soldiers and 460 tanks in the north."}},
	// r16b: "men" a state deploys by a verb of military deployment
	{ruleTroopNoun,
		[]figureCase{{text: "Ethiopia will station an additional 1,800 men along the border with Sudan.", count: 1800, country: "ET"},
			{text: "Russia has massed 100,000 men near the border.", count: 100000, country: "RU"}},
		[]string{"Britain will send 30 men to the championships in Paris.", "Kenya has sent 40 men to the World Cup in Qatar."}},
	// r16b: an army's medics, militia fighters a government mobilises
	// (with the side they fight for before them) and state troopers,
	// American since fx78 (personnel.tsv HOME: only US states name their
	// police so)
	{ruleTroopNoun,
		[]figureCase{{text: "The Cuban government has sent 250 military medics to Zimbabwe.", count: 250, country: "CU"},
			{text: "Around 5,000 pro-government militia fighters were mobilised to retake the town.", count: 5000},
			{text: "The governor sent 150 state troopers to the city.", count: 150, country: "US"}},
		[]string{"Two army medics were wounded.", "Some 2,000 militia fighters attacked the town on Sunday.",
			"Two state troopers shot a man on the highway."}},
	// r16b: a floor or a ceiling of a force's size ("below", "under",
	// "above"), and "without" may end the figure's phrase
	{ruleTroopNumber,
		[]figureCase{{text: "The bill bars the Pentagon from cutting the number of American troops stationed in South Korea below 28,500 without first certifying the move.", count: 28500, country: "US"},
			{text: "The number of US troops in Iraq will fall to under 2,000 next year.", count: 2000, country: "US"}},
		[]string{"The number of troops killed fell below 40.", "The number of protesters rose above 5,000.",
			"The number of soldiers under 30 years old has risen."}},
	// r16b: a standing force grown or shrunk "to" a number gives its
	// strength; a force somewhere, or a mission, is deployed
	{"standing-force-resized",
		[]figureCase{{text: "Britain's forces in Estonia have grown to 1,900 soldiers.", count: 1900, country: "GB"},
			{text: "The mission has grown to 5,000 troops.", count: 5000}},
		[]string{"The regular Army has shrunk to about 70,000 full-time soldiers, its smallest size in centuries.",
			"The German army will grow to 203,000 soldiers by 2031."}},
	// r16b: the number already in place that a deployment adds to, after
	// "on top of the", "besides the", "alongside the"
	{ruleTroopAddedTo,
		[]figureCase{{text: "Guatemala has pledged a further 300 soldiers, on top of the 150 already in the country.", count: 150, country: "GT"},
			{text: "Britain will send 500 troops, alongside the 900 already stationed in Estonia.", count: 900, country: "GB"}},
		[]string{"The club signed 5 players, on top of the 20 already in the squad.",
			"Britain will send 500 tanks, on top of the 900 already there."}},
	// r16b: a later part whose noun is left out after its ordinal, the
	// first part named before: "a first wave of 400 ..., followed by a
	// second of 600"
	{ruleTroopForce,
		[]figureCase{{text: "A first wave of 400 Kenyan police officers is due in Haiti next week, followed by a second of 600.", count: 600, country: "KE"},
			{text: "A first wave of 400 Kenyan police officers is due in Haiti next week. A second of 600 will follow.", count: 600, country: "KE"}},
		[]string{"The first group of 50 tourists arrived on Monday, followed by a second of 60.",
			"She finished first of 40 runners and her sister second of 40."}},
	// r16b: the past "numbered" gives a force's size as "numbers" does,
	// "it" standing for the force named just before
	{ruleTroopForce,
		[]figureCase{{text: "The force is meant to reach 5,550 uniformed personnel. It numbered about 1,300 at the end of last month.", count: 1300},
			{text: "Britain sent a battlegroup to Estonia in 2017. It numbered 800 at first.", count: 800, country: "GB"}},
		[]string{"The company is meant to reach 5,550 employees. It numbered about 1,300 at the end of last month.",
			"The army numbered 80,000 in 2010.", "The crowd numbered about 1,300."}},
	// r16b: a part "of" a state's possessive whole, which gives the state
	{ruleTroopOf,
		[]figureCase{{text: "Some 600 of Britain's 900 soldiers in Estonia will rotate home in March.", count: 600, country: "GB"},
			{text: "Some 600 of Kenya's police officers were sent to Haiti.", count: 600, country: "KE"}},
		[]string{"About 2,000 of Italy's 3,400 tanks are old."}},
	// r16b: a size noun after its strength and its state takes the
	// figure "to" gives
	{ruleTroopNumber,
		[]figureCase{{text: "Washington plans to cut the 1,000-strong US garrison in Niger to 200.", count: 200, country: "US"}},
		[]string{"The company plans to cut the 1,000-strong workforce in Ohio to 200."}},
	// r16b: a force "from" a state or its capital, with its strength
	// after a comma, is that state's
	{ruleTroopForce,
		[]figureCase{{text: "The contingent from Dhaka, 1,350 strong, will replace the Nepalese battalion.", count: 1350, country: "BD"},
			{text: "The contingent from Bangladesh, numbering 1,350, will replace the Nepalese battalion.", count: 1350, country: "BD"}},
		[]string{"The delegation from Dhaka, 1,350 strong, will replace the Nepalese one."}},
	// r16b: "and a further N" after a troop figure of the sentence, ending
	// the clause or before a short phrase of when or where
	{"continued-number",
		[]figureCase{{text: "Kenya deployed 400 police officers last year and a further 200 in March.", count: 200, country: "KE"},
			{text: "Britain sent 500 troops in May and an additional 300 by the end of June.", count: 300, country: "GB"}},
		[]string{"The club signed 400 players last year and a further 200 in March.",
			"Kenya spent 400 million shillings last year and a further 200 in March."}},
	// r16b: an apposition after personnel (past the place they are in)
	// or after deployed units counts them: ", about 3,000 of them,", ",
	// 270 in all,", ", about 1,500 soldiers in all,"
	{"continued-number",
		[]figureCase{{text: "Ankara's troops in Qatar, about 3,000 of them, will stay.", count: 3000, country: "TR"}},
		[]string{"The protesters, about 3,000 of them, marched on parliament.", "Turkish soldiers, about 40 of them, were wounded."}},
	{"force-total",
		[]figureCase{{text: "Dutch troops in Lithuania, 270 in all, will return in June.", count: 270, country: "NL"}},
		[]string{"Dutch tourists in Lithuania, 270 in all, will return in June."}},
	{ruleTroopNoun,
		[]figureCase{{text: "Two battalions of Ugandan troops, about 1,500 soldiers in all, crossed into Congo.", count: 1500, country: "UG"}},
		[]string{"The army, 80,000 soldiers in all, is small."}},
	// r16b: a division is a force whose size "numbering" gives
	{ruleTroopForce,
		[]figureCase{{text: "The Pentagon said troops from the 3rd Infantry Division, numbering around 4,000, would deploy to Poland.", count: 4000, country: "US"}},
		[]string{"The company's consumer division of 3,000 employees was sold.", "The league's second division, numbering 24 clubs, starts in August."}},
	// r16b: Iran's Revolutionary Guards; a defence force's personnel
	{ruleTroopNoun,
		[]figureCase{{text: "Iran has sent 2,500 Revolutionary Guards to Syria.", count: 2500, country: "IR"},
			{text: "New Zealand said 40 defence force personnel would join the UN mission.", count: 40, country: "NZ"}},
		[]string{"About 40 defence force personnel were wounded in the blast."}},
	// r16b: a weak personnel noun joined to a strong one counts as strong
	{ruleTroopNoun,
		[]figureCase{{text: "The fleet carries about 700 officers and sailors.", count: 700}},
		[]string{"The fleet carries about 700 officers and firefighters.", "The school has 700 teachers and students."}},
	// r16b: "it will number N soldiers" after a force a state's adjective
	// names: the force's state, not the host's
	{ruleTroopNoun,
		[]figureCase{{text: "Lithuania hosts a German brigade. By 2027 it will number 4,800 soldiers.", count: 4800, country: "DE"},
			{text: "Germany will station a brigade in Lithuania. It will number 4,800 soldiers.", count: 4800, country: "DE"}},
		[]string{"Lithuania hosts a German brigade. By 2027 it will number 4,800 tanks."}},
	// r16b: personnel shot, or the shooting of them, are victims or
	// agents of a shooting, no deployment; a deployment after a shooting
	// stays one
	{"casualty-shot",
		[]figureCase{{text: "Some 300 soldiers were deployed after protesters were shot dead.", count: 300},
			{text: "Kenya sent 400 police officers to Haiti after a policeman was shot.", count: 400, country: "KE"}},
		[]string{"Two city police officers were shot in the chest on Friday.", "The gunman shot six police officers outside the station.",
			"The suspect is wanted in the shooting of two police officers.", "The three officers shot a man who had pulled a knife."}},
	// r16b: the last part of a time or a date written in figures is no
	// count of the personnel after it
	{"time-or-date-figure",
		[]figureCase{{text: "At 10:30 on Monday, 300 troops moved into the town.", count: 300}},
		[]string{"More details released about the shooter | 01:42 Police have released more information.",
			"Updated 04/07/17 Police have been contacted by the family.", "At 10:30 troops moved in."}},
	// r16b: a word right before the personnel noun that makes its
	// people civilians
	{ruleTroopNoun,
		[]figureCase{{text: "About 300 special forces troops were sent to the border.", count: 300}},
		[]string{"She headed up two Girl Scout troops in the town.", "Three North Lake Fire personnel responded to the scene.",
			"The county sent 12 ambulance personnel to the crash."}},
	// r16b: personnel in a legal or disciplinary process are no
	// deployment; a deployment told beside one stays
	{"casualty-legal",
		[]figureCase{{text: "The army sent 2,000 troops to the region after rebels were charged with treason.", count: 2000},
			{text: "Kenya deployed 400 police officers to Haiti; two of their commanders were later charged.", count: 400, country: "KE"}},
		[]string{"Two police officers are facing murder charges after the raid.", "A grand jury has indicted two officers on murder charges.",
			"Eight police officers have been placed on administrative leave.", "Two soldiers were charged with murder."}},
	// r16b: personnel accused, treated or taken to hospital
	{"casualty-treated",
		[]figureCase{{text: "Police arrested 20 protesters after 300 soldiers were deployed.", count: 300},
			{text: "He accused Rwanda of keeping some 4,000 soldiers inside Congolese territory.", count: 4000, country: "RW"}},
		[]string{"State police have arrested two police officers who are accused of shooting a boy.",
			"Two Capitol police officers, wearing bulletproof vests, were treated and released.", "Three soldiers were hospitalised after the crash."}},
	// r16b: a telephone number written in groups of figures is no count
	{"phone-number",
		[]figureCase{{text: "A company of 100-120 UK troops is understood to have been put on standby.", count: 100, country: "GB"}},
		[]string{"Call the Force Investigation Section at 702-828-8452.", "Call the task force on 0800-555-0199 with information."}},
	// r16b: "one of the officers" is a person, no figure
	{ruleTroopOf,
		[]figureCase{{text: "Italy will bring home 300 of its 1,050 troops.", count: 300, country: "IT"}},
		[]string{"One of the officers pulled his service weapon.", "The dog bit one of the police officers there."}},
	// r16b: the total of a gallery's counter is no count of what follows
	{"gallery-counter",
		[]figureCase{{text: "Three of 14 soldiers were deployed to the town.", count: 14}},
		[]string{"Image 1 of / 9 Caption Close Image 1 of 9 Police are searching for a man.", "Photo 14 of 14 Police said the gunman fled."}},
	// r16b: personnel listed before a comma with counted people whose
	// last noun a casualty word follows are among the dead
	{"listed-dead",
		[]figureCase{{text: "Kenya sent 400 soldiers, 30 officers and 20 medics to the region.", count: 400, country: "KE"}},
		[]string{"Thirty years of war left 300 policemen, over 600 soldiers, more than 3,000 civilians dead.",
			"The attack left 12 soldiers, 3 police and 40 civilians dead."}},
	// r16b: personnel in a gunfight are its parties
	{"casualty-gunfight",
		[]figureCase{{text: "The army deployed 300 troops after a gunfight in the market.", count: 300}},
		[]string{"The suspect was killed after a shoot-out with three police officers in plainclothes.", "He was arrested after a shootout with two officers."}},
	// r16b: personnel "per" a unit of time are a rate
	{"rate-per",
		[]figureCase{{text: "Britain will send 500 soldiers per the agreement.", count: 500, country: "GB"}},
		[]string{"The department has been training and equipping about 10 officers per week.", "The army rotates 500 soldiers per month through the base."}},
	// r16b: Carabinieri and Gurkhas are a state's personnel
	{ruleTroopNoun,
		[]figureCase{{text: "Italy has offered to send 600 Carabinieri to train Libyan police.", count: 600, country: "IT"},
			{text: "Britain will deploy 500 Gurkhas to Brunei.", count: 500, country: "GB"}},
		[]string{"Two Carabinieri were injured in the crash."}},
	// r16b: an N-strong "team" is personnel only after a unit's modifier
	// or with "of" and personnel after it
	{ruleTroopNoun,
		[]figureCase{{text: "A 60-strong team of Chilean army engineers arrived in Haiti.", count: 60, country: "CL"},
			{text: "Chile sent a 60-strong military team to Haiti.", count: 60, country: "CL"}},
		[]string{"Britain's 46-strong team will compete in Paris.", "Kenya's 30-strong team of athletes arrived in Paris."}},
	// r16b: "bringing the number of officers to N" after a troop figure of
	// the same sentence counts those personnel, weak noun or not
	{ruleTroopNumber,
		[]figureCase{{text: "A further 150 state troopers from the Mississippi Highway Patrol will be assigned to the city, bringing the number of state officers working in Jackson to about 300.", count: 300, country: "US"},
			{text: "Kenya sent 200 more police officers, bringing the number of officers in Haiti to 1,000.", count: 1000, country: "KE"}},
		[]string{"The city hired 50 teachers, bringing the number of officers in schools to 300.", "The move brings the number of officers in the department to 300."}},
	// r16b: fewer than ten police at their daily work, with no verb of
	// deployment, standby or posting, no state and no troop figure before,
	// are no deployment
	{"few-police-at-work",
		[]figureCase{{text: "Kenya sent 400 police officers to Haiti in June. Six police officers arrived in Port-au-Prince on Monday.", count: 6, country: "KE"},
			{text: "Eight Kenyan police officers arrived in Haiti.", count: 8, country: "KE"}},
		[]string{"Two police officers driving north heard gunshots.", "Two city police officers were typing reports when they heard a crash.",
			"Three police officers with guns drawn were pointing their weapons at the car."}},
	// r16b: personnel sent "between them" by several states have no one
	// state
	{"between-them",
		[]figureCase{{text: "Belgium and the Netherlands will send 200 paratroopers between them to Lithuania.", count: 200},
			{text: "Norway and Denmark will provide 300 soldiers between them.", count: 300}},
		[]string{"Belgium and the Netherlands will send 200 tanks between them to Lithuania."}},
	// r16b: the Peshmerga are the Kurdish region's forces
	{ruleTroopNoun,
		[]figureCase{{text: "Some 2,000 Peshmerga were sent to Kirkuk.", count: 2000, country: "IQ"}},
		[]string{"About 300 Peshmerga fighters were killed."}},
	// r16b: a unit's name may stand between "N-strong" and a strong unit
	// noun; a battle group is a unit
	{ruleTroopNoun,
		[]figureCase{{text: "Seoul will keep its 300-strong Cheonghae unit in the Gulf of Aden.", count: 300, country: "KR"},
			{text: "A 400-strong Ugandan battle group crossed into South Sudan on Friday.", count: 400, country: "UG"}},
		[]string{"Team GB's 46-strong Olympic squad flew out.", "A 300-strong group of fans travelled to Madrid."}},
	// r16b: "which numbered" after a force and its comma gives its size
	{ruleTroopForce,
		[]figureCase{{text: "France's Barkhane force, which numbered 5,100 at its peak, has been dissolved.", count: 5100, country: "FR"}},
		[]string{"The club, which numbered 300 members, closed.", "The army, which numbered 80,000 in 2010, has shrunk."}},
	// r16b: the subject of "hosts" is no sender
	{"host-not-sender",
		[]figureCase{{text: "Lebanon hosts 10,000 UN peacekeepers in the south.", count: 10000},
			{text: "South Korea hosts 28,500 American troops.", count: 28500, country: "US"}},
		[]string{"Lebanon hosts 10,000 refugees in the south."}},
	// r16b: personnel "from" a state or its capital before an apposition
	// that counts them are that state's
	{"force-total",
		[]figureCase{{text: "The troops from Dhaka, some 1,200 in all, will guard the airport.", count: 1200, country: "BD"}},
		[]string{"The tourists from Dhaka, some 1,200 in all, will visit the airport."}},
	// r16b: "each" before the verb gives the figure to every state of the
	// subject, as "each" after the noun does
	{"each-sender",
		[]figureCase{{text: "Spain and Portugal will each send 100 soldiers to Mozambique.", count: 100, country: "PT"},
			{text: "Spain and Portugal each sent 100 soldiers.", count: 100, country: "ES"}},
		[]string{"Spain and Portugal will each send 100 tanks to Mozambique."}},
	// r16b: a short phrase of time may open the clause of a bare number
	// that has moved, without a comma
	{ruleTroopMovedSubject,
		[]figureCase{{text: "Kenya had promised 1,000 police officers. By June only 400 had arrived.", count: 400, country: "KE"},
			{text: "Kenya had promised 1,000 police officers. In March 400 had left.", count: 400, country: "KE"}},
		[]string{"The club signed 40 players. By June only 10 had arrived.", "The club signed 40 players. In March 10 had left."}},
	// r16b: "the number of" a hired force's fighters, a weak noun, counts
	// them, of the state behind the force
	{ruleTroopNumber,
		[]figureCase{{text: "The number of Wagner fighters in Mali has fallen to about 1,000.", count: 1000, country: "RU"}},
		[]string{"The number of Wagner fans in Mali has fallen to about 1,000."}},
	// r16b: a verb of hiring before a quoted figure still hires
	{"hired-quoted",
		[]figureCase{{text: "Kenya said it would send \"1,000 police officers\" to Haiti.", count: 1000, country: "KE"}},
		[]string{"The ministry said it would hire \"2,000 more police officers\" next year."}},
	// r16b: personnel who discharged their weapons, or were discharged
	{"casualty-discharged",
		[]figureCase{{text: "About 300 soldiers were deployed after a guard discharged his weapon.", count: 300}},
		[]string{"Four officers were believed to have discharged their weapons, police said.", "About 300 soldiers were discharged from the army."}},
	// r16b: a troop verb whose active subject the weak personnel are, with
	// an object, tells their own act, no deployment of them
	{"weak-own-act",
		[]figureCase{{text: "About 300 officers were deployed to the stadium.", count: 300},
			{text: "About 200 officers remained in the capital.", count: 200}},
		[]string{"The two officers had pulled over a vehicle about 11 p.m.", "Three officers deployed Tasers and non-lethal rounds."}},
	// r20b: a year after "by" is a deadline, not a change of a force's size
	{ruleTroopNumber,
		[]figureCase{{text: "The number of Polish troops in Lithuania will rise by 1,000 by 2027, the ministry said.", count: 1000, country: "PL"}},
		[]string{"The Canadian contingent in Latvia will be reduced by 2026, officials said.",
			"The number of Polish troops in Lithuania will rise by 2027, the ministry said."}},
	// r20b: ", from N" after a figure that "to" opens: the earlier size
	{ruleTroopNumber,
		[]figureCase{{text: "The Kenyan contingent was cut to 900 troops, from 1,400.", count: 1400, country: "KE"},
			{text: "The operation's police component was cut to 1,200 officers this year, from 1,800.", count: 1800},
			{text: "Officials said Pyongyang's forces in the region had grown to about 15,000, from 11,500 at the start of the year.", count: 11500, country: "KP"}},
		[]string{"Ticket sales rose to 1,200 this year, from 1,800.", "The army cut its fleet to 900 tanks, from 1,400."}},
	// r20b: a figure with no state in its sentence, in a paragraph after
	// the last troop figure's: the state acting in the sentence just
	// before, in its own paragraph, not the figure's of the paragraph before
	{ruleTroopNoun,
		[]figureCase{{text: "Australia will contribute 11,000 soldiers.\n\nThe US Air Force will also rotate bombers through Tindal. About 150 airmen will accompany the aircraft.", count: 150, country: "US"},
			{text: "Nepal has about 1,750 soldiers there.\n\nRwanda's contingent is also due to rotate. A UN official said roughly 700 troops would change over in April.", count: 700, country: "RW"}},
		[]string{"The US Air Force will also rotate bombers through Tindal. About 150 mechanics will service the aircraft."}},
	// r20b: parts of a figure told before, after a semicolon or ", of
	// whom", and a bare number "of its own" after personnel
	{ruleTroopContinued,
		[]figureCase{{text: "Paris kept about 5,100 troops in the region; roughly 1,000 of them were in Chad.", count: 1000, country: "FR"},
			{text: "Haiti's national police has about 10,000 officers on its rolls, of whom no more than 4,500 are on duty.", count: 4500, country: "HT"},
			{text: "Kenya sent 1,000 police officers to Haiti, of whom 400 will stay on.", count: 400, country: "KE"}},
		[]string{"Paris sold about 5,100 tickets in the region; roughly 1,000 of them were in Chad.",
			"The club has 1,000 members, of whom 400 are women."}},
	{ruleTroopElliptic,
		[]figureCase{{text: "More than 30,000 military personnel from 19 countries will take part. Australia will contribute around 11,000 of its own.", count: 11000, country: "AU"}},
		[]string{"More than 30,000 fans from 19 countries will attend. Australia will send around 11,000 of its own.",
			"Australia will contribute around 11,000 of its own vehicles."}},
	// r20b: a list of states after "in" names places where personnel
	// are, not their senders; the first of two numbers sharing a unit
	// takes the sender of the unit
	{ruleTroopNoun,
		[]figureCase{{text: "Paris has agreed to give up its bases in Senegal and Ivory Coast, where it had 350 and 600 troops respectively.", count: 350, country: "FR"},
			{text: "Paris has agreed to give up its bases in Senegal and Ivory Coast, where it had 350 and 600 troops respectively.", count: 600, country: "FR"},
			{text: "Britain sent 1,200 and 800 soldiers to Estonia and Poland.", count: 1200, country: "GB"},
			{text: "Chad and Niger sent 1,200 and 800 soldiers.", count: 1200, country: "TD"}},
		[]string{"France keeps bases in Senegal and Gabon, with 350 and 370 aircraft respectively."}},
	// r20b: "numbering N" in apposition after a unit, and "number N"
	// after strong personnel as its subject
	{ruleTroopContingent,
		[]figureCase{{text: "The Irish contingent on the Golan Heights, numbering 130, will come home when the mandate ends.", count: 130, country: "IE"},
			{text: "Nigeria is the mission's largest contributor. Its soldiers there number close to 1,500.", count: 1500, country: "NG"},
			{text: "The Kenyan peacekeepers now number 900, the mission said.", count: 900, country: "KE"}},
		[]string{"The Irish delegation, numbering 130, will come home when the talks end.",
			"The fans there number close to 1,500.",
			"The soldiers killed in the attack number 12."}},
	// r20b: the crew of a warship named in the sentence are personnel,
	// as "a crew of 120" after one is
	{ruleTroopNoun,
		[]figureCase{{text: "Denmark's defence minister confirmed that a frigate and 160 crew would join the Baltic patrol mission.", count: 160, country: "DK"}},
		[]string{"The cargo ship and its 20 crew were released by the pirates.", "The airline said 160 crew would be laid off."}},
	// r20b: a planned strength may be followed by "expected", "planned",
	// "envisaged" or "due"; a force's possessive after a figure of the
	// same sentence is that figure's state
	{ruleTroopForce,
		[]figureCase{{text: "Lithuania said some 500 German troops were already in Rukla, with the brigade's full strength of 4,800 expected by 2027.", count: 4800, country: "DE"}},
		[]string{"The stadium's full strength of 4,800 seats expected by 2027.", "The club reached a strength of 4,800 expected by its owners."}},
	// tr1 (session 20): "staff" counts only right after an armed
	// service's name, "air force", "navy", "army"
	{ruleTroopNoun,
		[]figureCase{{text: "Norway flew 35 air force staff and two helicopters to the flooded region.", count: 35, country: "NO"},
			{text: "Chile sent 60 navy staff to help clear the port.", count: 60, country: "CL"}},
		[]string{"The new clinic sent 35 staff to the flooded region.", "The hotel has 60 staff and 200 rooms.",
			"The ministry sent 40 embassy staff home from the capital."}},
	// tr1 (session 20): a focus word between a capital and its verb
	// leaves the capital acting for its state
	{ruleTroopNoun,
		[]figureCase{{text: "Mongolian soldiers arrived last week. Kigali alone has close to 2,700 soldiers in the country.", count: 2700, country: "RW"},
			{text: "Few allies keep large forces abroad. Ottawa too has about 900 troops in Latvia.", count: 900, country: "CA"}},
		[]string{"Kigali alone has close to 2,700 hotel rooms.", "Ottawa too has about 900 buses on its roads."}},
	// tr1 (session 20): "a state's base, with N personnel": the personnel
	// are the state's whose possessive or adjective names the base, unless
	// the phrase writes its own state
	{ruleTroopNoun,
		[]figureCase{{text: "The pullout leaves Qatar as Britain's largest base in the region, with some 400 personnel.", count: 400, country: "GB"},
			{text: "Officials toured the American airbase outside Niamey, with about 300 airmen.", count: 300, country: "US"},
			{text: "The pullout leaves Djibouti as France's only large base, with about 1,500 Djiboutian soldiers guarding it.", count: 1500, country: "DJ"}},
		[]string{"The deal makes Djibouti France's main trading port, with about 1,500 dock workers.",
			"The pullout leaves Qatar as Britain's largest base in the region, with some 400 vehicles."}},
	// tr1 (session 20): "formations, each of N men" counts each
	// formation's men, as "formations, N men" does
	{ruleTroopNoun,
		[]figureCase{{text: "Uganda sent three battalions, each of roughly 800 men, to the border.", count: 800, country: "UG"}},
		[]string{"The three road crews, each of about 40 men, cleared the highway.",
			"The two choirs, each of some 60 men, sang at the funeral."}},
	// tr1 (session 20): a state after a preposition and a compass word
	// ("in northern Australia") is a place, not the actor
	{ruleTroopNoun,
		[]figureCase{{text: "The first rotation of British commandos to exercise in northern Norway began this week, with about 900 marines expected by March.", count: 900, country: "GB"},
			{text: "The first rotation of troops to exercise in northern Norway began this week, with about 900 Norwegian marines expected by March.", count: 900, country: "NO"}},
		[]string{"The first rotation of tourists to northern Norway began this week, with about 900 visitors expected by March."}},
	// tr1 (session 24): "no more than" is one hedge, not a negation before
	// "more than"; "spare" and "received" give a bare number of personnel
	{ruleTroopElliptic,
		[]figureCase{{text: "NATO wants 800 more soldiers for the Baltic. Lisbon said it could offer no more than 60.", count: 60, country: "PT"},
			{text: "The force, which Accra says should reach 3,000 soldiers, has so far received about 1,200.", count: 1200, country: "GH"},
			{text: "The alliance asked for 500 more troops. Oslo said it could spare no more than 40.", count: 40, country: "NO"}},
		[]string{"The league wants 800 more players. Lisbon said it could offer no more than 60.",
			"The shelter, which the city says should house 3,000 people, has so far received about 1,200."}},
	// tr1 (session 24): "since" or "until" after a changed size ends its phrase
	{ruleTroopNumber,
		[]figureCase{{text: "The number of Kenyan police in Haiti has grown to about 700 since March.", count: 700, country: "KE"}},
		[]string{"The number of Kenyan tourists in Haiti has grown to about 700 since March."}},
	// tr1 (session 24): a force named before a relative clause set off by
	// commas is the subject of the size after it; "which" after "the X
	// contingent in Y" stands for the contingent, so Y is only the host
	{ruleTroopNumber,
		[]figureCase{{text: "The Danish contingent in Estonia, which arrived with 300 soldiers last year, is now down to about 120.", count: 120, country: "DK"},
			{text: "The Czech contingent in Lithuania, which once numbered about 300, now stands at 150.", count: 150, country: "CZ"}},
		[]string{"The Danish delegation in Estonia, which arrived with 300 visitors last year, is now down to about 120.",
			"The Czech community in Lithuania, which once numbered about 300, now stands at 150."}},
	// fx4 (session 24): a mission's or a coalition's own strength "stood
	// at" a figure, hedged "a little over"; "down from a peak of" after it
	// changes the figure just read; a coalition of parties counts seats
	{ruleTroopNumber,
		[]figureCase{{text: "The coalition's strength in the region stood at a little over 3,000, down from a peak of 9,000.", count: 9000},
			{text: "The operation's strength in the Sahel stood at a little under 4,500 last month.", count: 4500}},
		[]string{"The ruling coalition's strength in the assembly stood at a little over 300.",
			"The coalition's budget for the region stood at a little over 3,000, down from a peak of 9,000."}},
	// fx4 (session 24): a state that reinforces "its <adjective> base"
	// sends the total there; the adjective names the host
	{ruleTroopNumber,
		[]figureCase{{text: "Paris has reinforced its Djiboutian base with 400 marines, bringing the total there to about 1,500.", count: 1500, country: "FR"},
			{text: "Washington has reinforced its Qatari airbase with 600 airmen, bringing the total there to about 8,000.", count: 8000, country: "US"}},
		[]string{"Paris has renovated its Djiboutian base with 400 new beds, bringing the total there to about 1,500."}},
	// fx4 (session 24): a unit's size "set at" or "capped at" is its
	// numbering, and "once" after the figure ends its phrase
	{ruleTroopContingent,
		[]figureCase{{text: "Malawi has pledged an engineering battalion, whose strength will be set at 180 once funding arrives.", count: 180, country: "MW"},
			{text: "Fiji's contingent in the Golan is capped at 190 under the agreement.", count: 190, country: "FJ"}},
		[]string{"Malawi has pledged an engineering battalion, whose budget will be set at 180 once funding arrives.",
			"The contingent's fuel allowance is capped at 190 under the agreement."}},
	// tr1 (session 24): a state or its capital that "now has N there" after
	// "and", or opening the sentence after one about its personnel
	{ruleTroopElliptic,
		[]figureCase{{text: "Some 500 Chadian soldiers crossed into Niger in 2022, and Chad now has about 1,500 there.", count: 1500, country: "TD"},
			{text: "About 400 Kenyan police officers flew to Haiti last year. Nairobi now has nearly 1,000 there.", count: 1000, country: "KE"}},
		[]string{"About 400 Kenyan students flew to Britain last year, and Nairobi now has nearly 1,000 there.",
			"Ethiopia's army has 150,000 soldiers. Eritrea has 200,000."}},
	// tr1 (session 24): "N of its men" are the men of the state or force
	// that sends them
	{ruleTroopOf,
		[]figureCase{{text: "The Malian army has assigned 450 of its men to escort the convoys.", count: 450, country: "ML"},
			{text: "Niger has sent 300 of its men to the joint force.", count: 300, country: "NE"}},
		[]string{"The club has sent 30 of its men to the tournament.",
			"The firm has assigned 450 of its men to the new plant."}},
	// tr1 (session 24): police "posted" to polling stations are deployed
	{ruleTroopNoun,
		[]figureCase{{text: "Kenya's police chief said 20,000 officers would be posted to polling stations in Nairobi.", count: 20000, country: "KE"}},
		[]string{"The police chief said 20,000 leaflets would be posted to homes in Nairobi.",
			"The union said 200 officers had posted complaints online."}},
	// tr1 (session 24): states that share a verb of giving over bare
	// numbers ("Latvia sends 60 and Estonia 45") are contributors, when a
	// force or personnel were told before
	{ruleTroopElliptic,
		[]figureCase{{text: "Most of the brigade comes from Lithuania. Latvia sends 60 and Estonia 45, the command said.", count: 60, country: "LV"}},
		[]string{"The fund has grown this year. Latvia sends 60 and Estonia 45, the ministry said."}},
	// tr1 (session 24): a named fleet's personnel are stationed at its
	// bases (the held-out gold counts them), unlike an army's whole
	{ruleTroopNoun,
		[]figureCase{{text: "Russia's Black Sea Fleet has some 16,000 personnel, analysts say.", count: 16000, country: "RU"}},
		[]string{"Russia's fishing fleet has some 16,000 personnel, analysts say."}},
	// tr1 (session 24): men in apposition to a formation that a relative
	// clause with no "which" follows, whose subject is a capital: the
	// capital's state sends them
	{ruleTroopNoun,
		[]figureCase{{text: "The brigade Kampala moved to the border, about 3,000 men, has two artillery batteries.", count: 3000, country: "UG"}},
		[]string{"The choir Kampala sent to the festival, about 90 men, sang twice.",
			"The brigade Kampala moved to the border, about 3,000 people, has two artillery batteries."}},
	// tr1 (session 24): "the battalion from CAPITAL" is that state's, not
	// the state of an adjective later in the sentence
	{ruleTroopNoun,
		[]figureCase{{text: "The battalion from Dhaka, 900 soldiers on a chartered flight, will replace the Nepali unit.", count: 900, country: "BD"}},
		[]string{"The delegation from Dhaka, 40 officials on a chartered flight, will meet the Nepali team."}},
	// fx1 (session 24): "N strong" after a strong personnel noun or a
	// unit's "group" ("battle group") sizes them, as after a force's noun;
	// a crowd's or a bare group's size stays none
	{ruleTroopForce,
		[]figureCase{{text: "Chilean blue helmets in Haiti, 420 strong, will come home in May.", count: 420, country: "CL"},
			{text: "A Polish battle group, some 900 strong, reached the border on Tuesday.", count: 900, country: "PL"}},
		[]string{"Local fans in Madrid, 420 strong, will travel home in May.",
			"A Polish pressure group, some 900 strong, reached the border on Tuesday."}},
	// fx1 (session 24): a state's plural right before a word of service
	// with a mission or in a place counts its personnel, and a part of them
	// fronted by "Of the N <plural> ..."
	{ruleTroopServing,
		[]figureCase{{text: "The 2,300 Burundians serving with the African Union force will stay until the war ends.", count: 2300, country: "BI"},
			{text: "Of the 1,200 Kenyans deployed in the mission, 300 guard the port, the army said.", count: 1200, country: "KE"}},
		[]string{"The 2,300 Burundians living in the capital fear the war will spread.",
			"Of the 1,200 Kenyans working in the city, 300 are nurses, the embassy said."}},
	{ruleTroopContinued,
		[]figureCase{{text: "Of the 1,200 Kenyans deployed in the mission, 300 guard the port, the army said.", count: 300, country: "KE"}},
		[]string{"Of the 1,200 Kenyans working in the city, 300 are nurses, the embassy said."}},
	// fx1 (session 24): conscripts called up or drafted are an intake into
	// the army, as people hired are; reservists called up are mobilised
	{"drafted-not-deployed",
		[]figureCase{{text: "Ukraine called up 40,000 reservists to defend the capital.", count: 40000, country: "UA"}},
		[]string{"The government has drafted some 25,000 conscripts since the law was passed.",
			"The ministry called up 12,000 conscripts in its spring draft."}},
	// fx1 (session 24): personnel "among the N people killed" and "the
	// lives of N soldiers" are dead, no deployment
	{"casualty-among-the",
		[]figureCase{{text: "Four soldiers and 12 policemen were among the 300 officers sent to the town.", count: 4}},
		[]string{"Four soldiers and 12 policemen were among the 30 people killed in the raid.",
			"The rebels said the attack had cost the lives of 60 soldiers."}},
	// fx1 (session 24): a size verb's object ("trim its battalion to 700",
	// "cut its troops in Mali to 900") names the personnel of the new size;
	// an army's whole size and a firm's staff are none
	{ruleTroopNumber,
		[]figureCase{{text: "Ireland will reduce its infantry battalion to 350 next year.", count: 350, country: "IE"},
			{text: "Chad will cut its troops in Mali to 900 by June.", count: 900, country: "TD"}},
		[]string{"Britain will cut its army to 72,500 by 2020.", "The bank will reduce its staff to 350 next year."}},
	// fx1 (session 24): "currently N" in apposition after personnel (with
	// the place they serve in) counts them; after things it does not
	{ruleTroopNumber,
		[]figureCase{{text: "Ghana plans to double its soldiers in Lebanon, currently 870, next year.", count: 870, country: "GH"}},
		[]string{"Ghana plans to double its hospitals in Accra, currently 870, next year."}},
	// fx1 (session 24): a bearing and "of" ("south of the river") is a
	// place the personnel serve in, no army's strength
	{ruleTroopNoun,
		[]figureCase{{text: "The Iraqi army hopes to have 4,000 soldiers north of Mosul by May.", count: 4000, country: "IQ"}},
		[]string{"The Iraqi army hopes to have 400,000 soldiers by 2030."}},
	// fx1 (session 24): a one-word personnel noun after a force's
	// capitalised name counts, as "members" does
	{ruleTroopNoun,
		[]figureCase{{text: "Seoul will send 80 Republic of Korea Army engineers to the port.", count: 80, country: "KR"},
			{text: "Tokyo will send 40 Maritime Self-Defense Force medics to the island.", count: 40, country: "JP"}},
		[]string{"The city will send 40 Fire Department engineers to the island.",
			"The 40 Maritime Self-Defense Force medics were killed in the crash."}},
	// fx1 (session 24): "N in all" in apposition after strong personnel
	{ruleTroopTotal,
		[]figureCase{{text: "The Nigerien gendarmes, 210 in all, will guard the border posts.", count: 210, country: "NE"}},
		[]string{"The Nigerien farmers, 210 in all, will guard the border posts."}},
	// fx1 (session 24): "about N of them" after a weak personnel noun that
	// a state's adjective owns; hired fighters and no state: none
	{ruleTroopContinued,
		[]figureCase{{text: "Malian gendarmes and Burkinabe rangers, about 300 of them, took the town.", count: 300, country: "BF"}},
		[]string{"Syrian fighters, about 300 of them, took the town.", "Local rangers, about 300 of them, took the town."}},
	// fx1 (session 24): "N men of its <formation>" are the formation's
	{ruleTroopNoun,
		[]figureCase{{text: "Bamako has moved 2,000 men of its special forces battalions to the north.", count: 2000, country: "ML"}},
		[]string{"The firm has moved 2,000 men of its repair crews to the north.", "About 40 men of its village joined the march."}},
	// fx1 (session 24): "headcount" is a count noun, as "number" is
	{ruleTroopNumber,
		[]figureCase{{text: "The headcount of Dutch marines in Aruba will rise to 250 next year.", count: 250, country: "NL"}},
		[]string{"The headcount of Dutch nurses in Aruba will rise to 250 next year."}},
	// tr4 (session 26): free modifiers no list names between the number
	// and its personnel noun; not a former one's, a civilian body's, nor
	// a verb after a noun of people
	{ruleTroopNoun,
		[]figureCase{{text: "The governor sent 150 Idaho National Guard soldiers to the border.", count: 150, country: "US"},
			{text: "Paris flew 45 army field medics to Mayotte.", count: 45, country: "FR"}},
		[]string{"Ministers plan to put 20,000 community support officers on the streets, police chiefs said.",
			"Three former army officers were jailed for the coup plot.",
			"Some 300 protesters attacked riot police officers outside the parliament.",
			"Two task forces were set up to study the plan."}},
	// tr4 (session 26): weak personnel a deployment verb moves where a
	// force is named, or "from" a force
	{ruleTroopNoun,
		[]figureCase{{text: "The Civil Guard moved 250 agents to Melilla after the crossing.", count: 250, country: "ES"},
			{text: "Some 40 staff from the Danish armed forces will run the clinic.", count: 40, country: "DK"}},
		[]string{"The bank moved 40 officers to its new offices.", "Some 40 staff from the hospital will run the clinic."}},
	// tr4 (session 26): a state's contribution is deployed whatever verb
	// sizes it; troops "ready" to deploy are offered
	{ruleTroopNoun,
		[]figureCase{{text: "Nigeria's contribution comprises 700 troops.", count: 700, country: "NG"},
			{text: "Indonesia says it has 3,000 troops ready to deploy.", count: 3000, country: "ID"}},
		[]string{"Nigeria's army comprises 70,000 troops.", "Indonesia says it has 300,000 troops."}},
	// tr4 (session 26): "N and M (strong) respectively" after units
	{ruleTroopRespective,
		[]figureCase{{text: "Ghana and Togo have companies in the force, 150 and 120 strong respectively.", count: 120, country: "TG"}},
		[]string{"Ghana and Togo sent choirs to the festival, 150 and 120 strong respectively."}},
	// tr4 (session 26): the size of personnel sent in the sentence before
	{ruleTroopTheirCount,
		[]figureCase{{text: "Chad sent soldiers across the border in March. A UN panel put the figure at 2,000.", count: 2000, country: "TD"}},
		[]string{"Chad lost soldiers in the attack. A UN panel put the figure at 2,000.",
			"The firm sent workers abroad; their numbers are now close to 400."}},
	// tr4 (session 26, probes): specialists after a force's name among
	// free modifiers; a personnel word opening the modifiers; weak
	// personnel of a force named in their own phrase and moved in a
	// passive; "from" a state's force; "former" before a strong noun
	{ruleTroopNoun,
		[]figureCase{{text: "About 80 Royal Navy mine warfare divers will sail with the task group.", count: 80, country: "GB"},
			{text: "Rome sent 120 special police unit officers to Lampedusa.", count: 120, country: "IT"},
			{text: "Some 90 Guardia Civil agents were flown to Ceuta on Sunday.", count: 90, country: "ES"},
			{text: "The mission drew 200 officers from Rwanda's National Police.", count: 200, country: "RW"}},
		[]string{"About 80 commercial salvage divers will sail with the task group.",
			"Rome sent 120 special police unit cars to Lampedusa.",
			"Some 90 estate agents were flown to Ceuta for the conference.",
			"About 300 former soldiers marched on parliament.",
			"The festival drew 200 officers from Rwanda's biggest banks."}},
	// tr4 (session 26, probes): one state, the subject, keeps both units
	// of a pair
	{ruleTroopRespective,
		[]figureCase{{text: "Spain keeps two companies in Latvia and one in Slovakia, roughly 500 and 150 strong respectively.", count: 150, country: "ES"}},
		[]string{"Spain sends two choirs to Latvia and one to Slovakia, roughly 50 and 15 strong respectively."}},
	// tr4 (session 26): a warship's or coast guard ships' crew by the
	// navy's word, "complement"
	{ruleTroopForce,
		[]figureCase{{text: "Two Italian frigates with a combined complement of 340 sailed from Taranto.", count: 340, country: "IT"},
			{text: "Two coast guard vessels with a combined crew of 45 were sent to the reef.", count: 45}},
		[]string{"The orchestra, with a complement of 90, left Taranto.", "Two fishing vessels with a combined crew of 45 were sent to the reef."}},
	// tr4 (session 26): free modifiers joined by "and"; weak personnel
	// "including" in a police figure; Mounties
	{ruleTroopNoun,
		[]figureCase{{text: "Lima deployed 1,500 police, including 300 mounted and traffic officers, to the stadium.", count: 300, country: "PE"},
			{text: "The governor sent 200 mounted and canine officers to the border.", count: 200},
			{text: "Some 60 Mounties were flown to Manitoba to help fight the fires.", count: 60, country: "CA"}},
		[]string{"The bank hired 1,500 staff, including 300 loan officers.", "Troops killed 40 civilians and police officers."}},
	// tr4 (session 26, held-out shapes): personnel on the move after
	// "with" or "has" are deployed, no strength; "N of its men" a state
	// keeps or deploys
	{ruleTroopNoun,
		[]figureCase{{text: "Kigali has begun pulling its army out of Congo, with some 1,800 soldiers crossing back on Sunday.", count: 1800, country: "RW"}},
		[]string{"Egypt, with some 650,000 active soldiers, is among the largest armies.", "The army has 5,000 soldiers training for the parade."}},
	{ruleTroopOf,
		[]figureCase{{text: "Kampala keeps about 900 of its men in the Semliki valley.", count: 900, country: "UG"}},
		[]string{"Kenya sent 30 of its men to the games.", "The club keeps 30 of its men on the bench."}},
	// tr4 (session 26, probes): a crew in a sentence that names a navy,
	// not a merchant ship's nor one told before
	{ruleTroopForce,
		[]figureCase{{text: "Peru's navy said the BAP Guise, with a complement of about 180, had sailed for the drill.", count: 180, country: "PE"}},
		[]string{"The navy towed the ferry, with a crew of 30, to port.",
			"The navy said the freighter and its crew of 22 had been seized.",
			"The cruise liner, with a crew of 900, docked near the naval base."}},
	// tr4 (session 26, GVA check): a few weak personnel after free
	// modifiers are police at work; police things after a free modifier
	{ruleTroopNoun,
		[]figureCase{{text: "The Guardia Civil sent 30 border unit agents to the port.", count: 30, country: "ES"}},
		[]string{"Four command officers were sent to the scene of the fire.",
			"Officials said six municipal police departments provide patrol officers to the schools.",
			"Two Chicago police SUVs were parked outside the home."}},
}

func TestFigureRules(t *testing.T) {
	ex := newTestExtractor(t)
	check := func(table []figureRule, kind string) {
		for _, r := range table {
			if len(r.pos) == 0 {
				t.Errorf("%s rule %q has no positive sentence", kind, r.rule)
			}
			for _, c := range r.pos {
				res := ex.Extract(c.text)
				if !hasFigure(res, kind, r.rule, c) {
					t.Errorf("%s rule %q: %q: want %d %s, got %s", kind, r.rule, c.text, c.count, c.country, describeFigures(res, kind))
				}
			}
			for _, text := range r.neg {
				res := ex.Extract(text)
				if n := len(res.Deaths); kind == "deaths" && n != 0 || kind == "troops" && len(res.Troops) != 0 {
					t.Errorf("%s rule %q: %q: want no figure, got %s", kind, r.rule, text, describeFigures(res, kind))
				}
			}
		}
	}
	check(deathRules, "deaths")
	check(troopRules, "troops")
}

// hasFigure reports a figure of the count (and state); output rule names
// must match too, names of filters need only the count.
func hasFigure(res *Result, kind, rule string, c figureCase) bool {
	if kind == "deaths" {
		for _, d := range res.Deaths {
			if d.Count == c.count && (d.Rule == rule || !isOutputRule(rule)) {
				return true
			}
		}
		return false
	}
	for _, tr := range res.Troops {
		if tr.Count == c.count && tr.Country == c.country && (tr.Rule == rule || !isOutputRule(rule)) {
			return true
		}
	}
	return false
}

func isOutputRule(rule string) bool {
	switch rule {
	case ruleDeathPass, ruleDeathAdj, ruleDeathActive, ruleDeathToll, ruleDeathOne, ruleDeathList,
		ruleDeathObject, ruleDeathOf, ruleDeathSelf, ruleDeathWho, ruleDeathMulti, ruleDeathCounts, rulePeriodGapped,
		ruleDeathSubset, ruleDeathCompare, ruleDeathVictims, ruleDeathSum,
		ruleTroopNoun, ruleTroopOf, ruleTroopForce, ruleTroopNumber, ruleTroopElliptic, ruleTroopMembers,
		ruleTroopGapped, ruleTroopForceOwn, ruleTroopCompared, ruleTroopAddedTo, ruleTroopUnitIs, ruleTroopRespective, ruleTroopTheirCount, ruleTroopMostWith:
		return true
	}
	return false
}

func describeFigures(res *Result, kind string) string {
	var out []string
	if kind == "deaths" {
		for _, d := range res.Deaths {
			out = append(out, fmt.Sprintf("%d(%s)", d.Count, d.Rule))
		}
	} else {
		for _, tr := range res.Troops {
			out = append(out, fmt.Sprintf("%d %s(%s)", tr.Count, tr.Country, tr.Rule))
		}
	}
	return "[" + strings.Join(out, " ") + "]"
}

// figurePassages are short news passages of several sentences about
// conflicts, disasters and shootings, with every death and troop figure they
// state. Troop figures are count:STATE ("" when no state holds them).
var figurePassages = []struct {
	name   string
	text   string
	deaths string
	troops string
}{
	// fx5 (session 25): a killer's own death beside the count of his
	// victims is no figure; alone it is one
	{"fx5-counted-self",
		"The sniper shot dead three guards before killing himself on the roof.",
		"3", ""},
	{"fx5-self-alone",
		"The sniper shot three guards. He later killed himself.",
		"1", ""},
	{"fx5-number-after-named-force",
		"The Defence Ministry said about 700 Self-Defense Forces personnel had been flown to the islands, and that the bill could rise to 1,200 yen this week.",
		"", "700:JP"},
	{"fx5-motive-with-toll",
		"Gunmen killed 12 villagers. Police said the raid was a reprisal for the killing of a clan leader in August.",
		"12", ""},
	{"fx5-motive-alone",
		"Police said the raid was a reprisal for the killing of a clan leader in August.",
		"1", ""},
	{"fx5-ordinal-apposition",
		"A woman who was trapped in the rubble died on Friday, the ninth death.",
		"9", ""},
	// r13b: a later figure told by "the figure" or "it" belongs to the
	// dead only when it ends its phrase and no hurt come between
	{"r13b-of-those-hurt",
		"Poland deployed 14,000 soldiers to the flood zone. Of those, 60 were injured.",
		"", "14000:PL"},
	{"r13b-of-those-share",
		"Poland deployed 14,000 soldiers to the flood zone. Of those, 20% are women.",
		"", "14000:PL"},
	{"r13b-his-office-of-a-body",
		"AU Commission chairperson Mahmoud Ali Youssouf opened the summit. Officials in his office said 850 soldiers had been offered.",
		"", "850:"},
	{"r13b-from-troops-to-tanks",
		"The mission moved from 350 troops at its base to 60 tanks.",
		"", "350:"},
	{"r13b-gapped-comma-distance",
		"There were nine deaths in Lower Silesia, and Opole, seven kilometres away, was flooded.",
		"9", ""},
	{"r13b-gapped-comma-age",
		"The flood caused nine deaths, and Opole, 45, was among the injured.",
		"9", ""},
	{"r13b-figure-of-homes",
		"The storm killed four people. The figure for damaged homes rose to 400.",
		"4", ""},
	{"r13b-raised-it-percent",
		"The report counted five deaths in custody. Since then the government has raised it to 40 percent.",
		"5", ""},
	{"r13b-number-surpassed",
		"Murders in the city reached 120 last year, the first time the number has surpassed 100 in a decade.",
		"120", ""},
	{"r13b-figure-after-hurt",
		"The blast killed two people and wounded six. The figure rose to 60 overnight.",
		"2", ""},
	// round 8c: "one of them" after a sentence of the hurt is a death of
	// its own; after a sentence of the dead it is one of them
	{"one-of-the-hurt-died",
		"Two people died at the scene. Six others were taken to hospitals with gunshot wounds.\nOne of them, 16-year-old Destiny Harmon, died Monday.",
		"2 1", ""},
	{"one-of-the-dead",
		"Three people were killed in the crash on Friday.\nOne of them, Destiny Harmon, 16, died at the scene.",
		"3", ""},
	{"sahel-ambush",
		"Militants ambushed a convoy near the border with Niger on Tuesday, killing 23 soldiers, the army said. Burkina Faso has deployed some 4,000 troops to the region since March.",
		"23", "4000:BF"},
	{"sudan-market-shelling",
		"Shells struck a crowded market in the city on Sunday. Medics said 41 people were killed and dozens wounded. The paramilitary force denied firing at civilians.",
		"41", ""},
	{"lebanon-peacekeepers",
		"Ghana said its 870 peacekeepers in southern Lebanon were safe after the strike. Two Indonesian peacekeepers were wounded when a shell hit their watchtower.",
		"", "870:GH"},
	{"baltic-brigade",
		"Germany will station a brigade of about 4,800 soldiers in Lithuania by 2027. The first 150 arrived this month, the defence ministry in Berlin said.",
		"", "4800:DE 150:DE"},
	{"haiti-police-mission",
		"Kenya's cabinet approved the deployment, and the first 400 police officers will fly to Port-au-Prince next week. Jamaica and the Bahamas have offered 150 more.",
		"", "400:KE 150:"},
	{"us-drawdown",
		"The United States has about 900 troops in Syria, and the Pentagon wants to keep 400 there after the summer.",
		"", "900:US 400:US"},
	{"myanmar-airstrike",
		"A military airstrike on a school in the village killed at least 17 people, including 11 children, residents said. The junta said it had targeted rebel fighters.",
		"17 11", ""},
	{"among-the-dead-part",
		"Gunfire at two parties left six people dead over the weekend. Police said a 15-year-old boy and a 19-year-old man were among the dead.",
		"6", ""},
	{"among-the-dead-alone",
		"Police said a 15-year-old boy and a 19-year-old man were among the dead after the fire at the warehouse.",
		"2", ""},
	{"every-one-of-the-deaths",
		"Crashes on the highway killed 43 people last summer. Every one of those deaths was preventable, the minister said.",
		"43", ""},
	{"ferry-capsize",
		"The overloaded ferry capsized in the river late on Friday. Forty-two passengers drowned and 60 were rescued, while 18 are still missing.",
		"42", ""},
	{"earthquake-toll",
		"The death toll from the earthquake rose to 2,960 on Monday. The 1999 quake in the same region killed more than 17,000 people.",
		"2960 17000", ""},
	{"nightclub-shooting",
		"Police said Marcus Webb, 27, and Leon Tate, 31, were pronounced dead at the scene. Four other people were wounded. The gunman then killed himself.",
		"2 1", ""},
	{"domestic-killing",
		"A man shot and killed his wife and her 5-year-old son at their home on Sunday, police said. He was arrested hours later.",
		"2", ""},
	{"single-victim",
		"A 16-year-old boy died on Saturday after he was struck by a stray bullet outside a grocery store. No arrests have been made.",
		"1", ""},
	{"nonfatal-shooting",
		"Three men were shot outside a bar on Fifth Street at 1:45 a.m. Sunday. One of them was in critical condition with life-threatening injuries, police said. The 25-year-old suspect fled.",
		"", ""},
	{"court-case",
		"Two men accused of killing two teenagers in July 2015 returned to court on Tuesday. Their lawyers asked for the trial to be moved.",
		"2", ""},
	{"city-homicides",
		"The shooting was the city's 112th homicide this year. As of Monday, 126 people had been murdered in the city, compared with 111 at the same time last year.",
		"112 126 111", ""},
	{"threat-only",
		"The suspect threatened to kill his neighbours and fired shots into the air. Nobody was hurt. Officers said he could have killed someone.",
		"", ""},
	{"gaza-strike",
		"An Israeli strike on a house in the south killed nine members of one family, the civil defence agency said. The Israeli army said it had struck a militant.",
		"9", ""},
	{"ukraine-glide-bombs",
		"Russian glide bombs hit the city overnight, leaving 13 dead and more than 100 injured, the regional governor said.",
		"13", ""},
	{"mali-withdrawal",
		"France has reshaped its presence in the Sahel. It plans to leave about 600 troops across the region, down from 5,100 at the height of its operation.",
		"", "600:FR 5100:FR"},
	{"drc-reinforcements",
		"Rwanda has deployed more than 1,000 soldiers and police to Mozambique. A further 300 Rwandan troops arrived in the north on Friday.",
		"", "1000:RW 300:RW"},
	{"somalia-contingent",
		"Burundi is pulling back from Somalia. The government said it would withdraw 1,000 soldiers by the end of the year.",
		"", "1000:BI"},
	{"kashmir-bus",
		"Gunmen fired on a bus carrying pilgrims in the district, killing nine people and wounding 33. The bus plunged into a gorge.",
		"9", ""},
	{"plane-crash",
		"The plane crashed on approach to the airport, killing all 72 people on board. It was the country's deadliest air accident since 1992, when 167 people died near the capital.",
		"72 167", ""},
	{"flood-disaster",
		"Floods have claimed at least 1,700 lives since June, the disaster agency said. The army has deployed 10,000 soldiers to help with rescues.",
		"1700", "10000:"},
	{"yemen-port-strikes",
		"Strikes on the port killed 80 workers and wounded 150 others, the rebel-run health ministry said. The United States said it had hit fuel depots.",
		"80", ""},
	{"mexico-reinforcements",
		"The defence ministry sent 600 more soldiers to the state after a week of clashes between cartel factions in which 30 people were killed.",
		"30", "600:"},
	{"korea-deployment",
		"North Korea has sent about 3,000 additional troops to Russia, South Korea's military said on Monday. Of those sent last year, about 300 have been killed.",
		"300", "3000:KP"},
	{"vigil-earlier-death",
		"Residents held a vigil for a man killed in a shooting last week. On Tuesday, two women were wounded on the same block.",
		"1", ""},
	{"natural-causes-not-toll",
		"The fire gutted three apartments, but all 40 residents escaped. Firefighters said no one was killed.",
		"", ""},
	{"anaphoric-victim",
		"Shots rang out just after midnight. Two men were killed outside the bar. Officers said one of them, Luis Reyes, 30, died in the ambulance. Reyes had moved to the city in May.",
		"2", ""},
	{"dateline-pacific-pledges",
		"PORT MORESBY, Papua New Guinea (Reuters) - Fiji will send 170 soldiers to the regional force and Tonga 60, officials said on Friday. The first group of about 40 Fijian engineers arrived on Sunday. Papua New Guinea's own defence force has about 4,000 personnel in total.",
		"", "170:FJ 40:FJ 60:TO"}, // r18b: the first group's 40 engineers count, as first waves do
	{"dateline-drawdown",
		"BAGHDAD (AP) — The United States has begun withdrawing about 1,500 troops from Iraq, Iraqi officials said. Iraq's army has about 190,000 active soldiers. The remaining 1,000 US troops will stay at two bases in the north.",
		"", "1500:US 1000:US"},
	{"quake-anniversary",
		"Survivors marked ten years since the earthquake that killed nearly 9,000 people, including 2,100 in the capital. Officials said 86 bodies were never recovered.",
		"9000 2100 86", ""},
	{"person-in-part-of-figure",
		"At least nine people died of heatstroke, among them a street sweeper who collapsed at the end of his shift and a farm worker, 24, who was found dead in a vineyard.",
		"9", ""},
	// r21f: a verb of inclusion after a death figure makes the list
	// after it a part of that figure, no sum of its own
	{"part-after-included",
		"Police said the 12 dead included a driver and four guards killed at the gate.",
		"12", ""},
	{"part-after-included-no-figure",
		"The victims included a driver and four guards killed at the gate. The army said the attackers included 30 fighters.",
		"5", ""},
	{"person-in-part-of-no-figure",
		"Three people were shot on Sunday, including a man who later died in hospital. The city has recorded 41 homicides this year.",
		"1 41", ""},
	{"part-of-counted-dead",
		"Of the 27 dead, 19 were women. Nine of the 14 dead were children. Of the 30 injured, 12 were women.",
		"27 19 9 14", ""},
	{"gapped-part",
		"Of the deaths, 298 occurred in health facilities and 114 in the community. The institute attributed 412 of the excess deaths to Andalusia and 236 to the Madrid region.",
		"298 114 412 236", ""},
	{"gapped-part-other-group",
		"Three people died in the fire and 40 in the building were hurt. The clinic said 298 cases occurred in Lusaka and 114 in the community.",
		"3", ""},
	{"homicide-count",
		"The latest killing brought the city's homicides to 204 this year, down from 251 at the same point last year. Police also recorded 73 overdose deaths in the first six months.",
		"204 251 73", ""},
	// fx5 (session 25): the killer's own death beside the count of his
	// victims is no figure of its own (was "2 1"; r25c's passages and
	// articles give the victims' count, or a total that names him)
	{"murder-suicide",
		"A man shot and killed his two brothers at a farm on Sunday before turning the gun on himself, deputies said. A neighbour who tried to intervene was treated for a wound to the arm.",
		"2", ""},
	{"counts-not-deaths",
		"A 31-year-old man faces two counts of attempted murder after a shooting outside a bar left two men in critical condition. Officers found 14 shell casings.",
		"", ""},
	{"clock-time-after-death-verb",
		"A 19-year-old man was fatally shot around 10:30 p.m. on Monday outside a store, police said. Officers found the body at 11:05.",
		"1", ""},
	{"partitive-part-died",
		"Two of the four men in the car were killed in the crash. Five of the 12 workers at the site have been killed since May.",
		"2 5", ""},
	{"partitive-whole-died",
		"One of the three climbers killed in the avalanche was from Norway. Police said one of the two people who died had been driving.",
		"3 2", ""},
	{"named-dead-with-ages",
		"A fire tore through a house on Elm Street overnight. The dead were identified as Rosa Diaz, 51, her grandson, 8, and Tomas Diaz, 57. Rosa Diaz, 51, her neighbour said, had lived there for years.",
		"3", ""},
	{"named-members-of-counted",
		"He faces charges over the deaths of his wife, 34, and the four girls, Yamilen, 14, Cynthia Diaz, 11, Abby, 7, and Ida, 3.",
		"5", ""},
	{"named-list-unknown-last",
		"Carla Reed and Tom Reed died on Friday. The family mourned the deaths of Carla, Tom, and Wendell.",
		"2", ""},
	// dt3 (session 25): counted parts of which one is hedged give no sum
	// unless the sentence names the toll; exact parts are summed
	{"dt3-hedged-part-no-sum",
		"The raid killed three policemen and at least eight villagers near the market.",
		"3 8", ""},
	{"dt3-hedged-first-part-no-sum",
		"At least 12 miners and two guards died when the gallery collapsed.",
		"12 2", ""},
	{"dt3-hedged-parts-named-toll",
		"Officials gave the full toll of the ambush: the army says nine soldiers and at least 14 insurgents died.",
		"23 9 14", ""},
	{"dt3-exact-parts-summed",
		"Two soldiers and one policeman were killed at the bridge.",
		"3 2 1", ""},
	// dt3 (session 25): a gapped second group with its own noun and place,
	// and a gapped part "on the way to hospital"
	{"dt3-gapped-group-noun",
		"The storm killed four herders in the hills and two boatmen on the lake.",
		"4 2", ""},
	{"dt3-gapped-group-noun-hurt",
		"The storm killed four herders in the hills and two boatmen on the lake were injured.",
		"4", ""},
	{"dt3-gapped-near-long-name",
		"Floods killed five herders near Maun and two boatmen on the Okavango River Delta on Tuesday.",
		"5 2", ""},
	{"dt3-gapped-to-the-district-clinic",
		"Six died at the scene and three more on the way to the district clinic.",
		"6 3", ""},
	{"dt3-gapped-on-the-way",
		"Nine died at the scene and another three on the way to hospital.",
		"9 3", ""},
	{"japan-sdf",
		"Japan will dispatch 250 members of its Self-Defense Forces to South Sudan to build roads. None of them will carry weapons.",
		"", "250:JP"},
}

func TestFigurePassages(t *testing.T) {
	ex := newTestExtractor(t)
	for _, p := range figurePassages {
		res := ex.Extract(p.text)
		var deaths, troops []string
		for _, d := range res.Deaths {
			deaths = append(deaths, fmt.Sprint(d.Count))
		}
		for _, tr := range res.Troops {
			troops = append(troops, fmt.Sprintf("%d:%s", tr.Count, tr.Country))
		}
		if got, want := sortedFields(deaths), sortedFields(strings.Fields(p.deaths)); got != want {
			t.Errorf("%s: deaths %q, want %q", p.name, got, want)
		}
		if got, want := sortedFields(troops), sortedFields(strings.Fields(p.troops)); got != want {
			t.Errorf("%s: troops %q, want %q", p.name, got, want)
		}
	}
}

func sortedFields(f []string) string {
	f = append([]string(nil), f...)
	sort.Strings(f)
	return strings.Join(f, " ")
}

// TestRangeUpperBound: the upper bound of a range of personnel is a figure
// with the lower bound's state (r18b: "ranges list both bounds"; round 10a
// dropped it), counted once where "each" shares the range among several
// states; a range of things and a second group after "and" give none.
func TestRangeUpperBound(t *testing.T) {
	ex := newTestExtractor(t)
	for _, c := range []struct {
		text    string
		count   int64
		country string
		times   int // figures of the count
	}{
		{"Hungary, Serbia, Paraguay and Austria send detachments of between two and 15 officers each.", 15, "HU", 1},
		{"The AU wants between 3,000 and 3,500 troops.", 3500, "", 1},
		{"Chad will send between two thousand and three thousand soldiers to Niger.", 3000, "TD", 1},
		{"Chad will send between two thousand and three thousand soldiers to Niger.", 5000, "", 0},
		{"Kigali denies it, but UN experts put the number of Rwandan soldiers in North Kivu at between 3,000 and 4,000.", 4000, "RW", 1},
		{"The AU wants between 3,000 and 3,500 tonnes of grain.", 3500, "", 0},
		{"Clashes between 200 soldiers and 50 rebels were reported.", 50, "", 0},
	} {
		res := ex.Extract(c.text)
		times := 0
		for _, tr := range res.Troops {
			if tr.Count == c.count {
				times++
				if tr.Country != c.country {
					t.Errorf("%q: %d of state %q, want %q", c.text, c.count, tr.Country, c.country)
				}
			}
		}
		if times != c.times {
			t.Errorf("%q: %d figures of %d, want %d: %s", c.text, times, c.count, c.times, describeFigures(res, "troops"))
		}
	}
}

// TestOneDeathInRaisedCount: a death told of one person whose clause
// brings a count to a figure is a part of that figure, not a figure of one
// (dt1, session 24); with no such clause it stands.
func TestOneDeathInRaisedCount(t *testing.T) {
	ex := newTestExtractor(t)
	for _, c := range []struct {
		text string
		want string
	}{
		{"Ivy Chen, 40, died on Tuesday, bringing the number of people killed in the fire to five.", "5"},
		{"A deputy died overnight, taking the toll from the ambush to three.", "3"},
		{"Ivy Chen, 40, died on Tuesday, raising fears for the others in the ward.", "1"},
	} {
		var got []string
		for _, d := range ex.Extract(c.text).Deaths {
			got = append(got, fmt.Sprint(d.Count))
		}
		if g := strings.Join(got, ","); g != c.want {
			t.Errorf("%q: counts %s, want %s", c.text, g, c.want)
		}
	}
}

// TestOwnerNotVictim: the owner before "'s" is not counted with the people
// it owns, and a name set after one comma names the one victim (dt6,
// session 26): exact counts, since a wrong extra figure would pass the
// rule table.
func TestOwnerNotVictim(t *testing.T) {
	ex := newTestExtractor(t)
	for _, c := range []struct {
		text string
		want string
	}{
		{"A farmer shot dead his neighbour's two young sons before fleeing.", "2"},
		{"The boy's father was killed when the bridge gave way.", "1"},
		{"Officers shot and killed the girl's uncle, Ravi Menon during a struggle in the yard.", "1"},
		{"Officers shot and killed the girl's uncle, Ravi Menon, and a cousin during a struggle.", "2"},
	} {
		var got []string
		for _, d := range ex.Extract(c.text).Deaths {
			got = append(got, fmt.Sprint(d.Count))
		}
		if g := strings.Join(got, ","); g != c.want {
			t.Errorf("%q: counts %s, want %s", c.text, g, c.want)
		}
	}
}

"""Word lists for the rule-based analysis: reporting verbs, titles, pronouns, names, places,
and the words and marks each stage of the attribution looks for.

Everything here is lowercase unless the comment says otherwise; look words up lowercased.
"""

from __future__ import annotations


def word_set(words: str) -> frozenset[str]:
    """The whitespace-separated words of a string, as a set."""
    return frozenset(words.split())


_ACCENTED = {"a": "áàâäãå", "e": "éèêë", "i": "íìîï", "o": "óòôöõø", "u": "úùûü", "n": "ñ",
             "c": "ç", "y": "ý"}
"""The letters that names carry diacritics on, and the forms they take."""


def with_accents(names: frozenset[str]) -> frozenset[str]:
    """A set of lowercase first names and each of them written with a diacritic on one of
    its letters (``nóra`` beside ``nora``, ``renée``, ``siobhán``): names reach the copy spelt
    as their bearers spell them, and looking one up stays a plain set lookup."""
    spelt = set(names)
    for name in names:
        for i, letter in enumerate(name):
            for accented in _ACCENTED.get(letter, ""):
                spelt.add(name[:i] + accented + name[i + 1 :])
    return frozenset(spelt)


def _phrases(text: str) -> frozenset[str]:
    """The comma-separated phrases of a string, spaces normalized, as a set."""
    return frozenset(" ".join(p.split()) for p in text.split(","))


def _forms(spec: str) -> dict[str, str]:
    """Map every inflected form to its lemma from lines like ``say said said says saying``.

    A line with one word is a regular verb: its forms are built (``add`` -> added, adds, adding).
    """
    out: dict[str, str] = {}
    for line in spec.split(","):
        words = line.split()
        if not words:
            continue
        lemma = words[0]
        if len(words) == 1:
            words = [lemma, *_regular(lemma)]
        for w in words:
            out[w] = lemma
    return out


def _regular(lemma: str) -> list[str]:
    """The past, third-person and -ing forms of a regular verb."""
    if lemma.endswith("e"):
        past, ing = lemma + "d", lemma[:-1] + "ing"
    elif lemma.endswith("y") and lemma[-2] not in "aeiou":
        past, ing = lemma[:-1] + "ied", lemma + "ing"
    else:
        past, ing = lemma + "ed", lemma + "ing"
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        third = lemma + "es"
    elif lemma.endswith("y") and lemma[-2] not in "aeiou":
        third = lemma[:-1] + "ies"
    else:
        third = lemma + "s"
    return [past, third, ing]


SPEECH_VERBS = _forms(
    """
    say said says saying, tell told tells telling, add, write wrote written writes writing,
    tweet, state, explain, note, argue, claim, insist, declare, announce, ask, answer, reply,
    respond, continue, recall, remember, warn, acknowledge, admit admitted admits admitting, allege,
    assert, contend, concede, complain, counter, suggest, predict, promise, vow, pledge, boast,
    joke, quip quipped quips quipping, shout, yell, scream, exclaim, whisper, mutter, remark,
    comment, observe, mention, report, conclude, confirm, deny, reiterate, repeat, testify,
    post, recount, lament, proclaim, chant, sing sang sung sings singing, emphasize, stress,
    maintain, assure, caution, concur, opine, marvel, muse, insist, thunder, snap snapped snaps
    snapping, retort, fume, gush, rail, tout, concede, read reads reading, begin began begun
    begins beginning, put puts putting, speak spoke spoken speaks speaking, plead pleaded pled
    pleads pleading, brag bragged brags bragging, confide, urge, demand, charge, accuse, blame,
    blast, slam slammed slams slamming, criticize, praise, thank, describe, call, label
    labeled labelled labels labeling, dub, brand, term, deem, characterize, refer referred
    refers referring, cite, quote, promise, threaten, predict, pronounce, vent, sneer, scoff,
    acknowledge, advise, inform, announce, interject, interrupt, hint, imply, insist, mock,
    question, wonder, worry worried worries worrying, agree, disagree, apologize, recommend,
    propose, condemn, denounce, dismiss, reject, defend, hail, applaud, lambaste, decry, deride,
    ridicule, insult, attack, tease, taunt, summarize, elaborate, clarify, specify, indicate,
    emphasise, recognise, recognize, reflect, reason, reckon, surmise, figure, estimate, react,
    credit, quip, concede, blurt, chime, gripe, grumble, sigh, scold, lecture, preach, plead,
    reassure, instruct, order, beg, challenge, contest, dispute, note, recollect, reminisce,
    confess, disclose, reveal, divulge, relay, convey, echo, parrot, paraphrase, rave, rant,
    shriek, howl, bellow, roar, growl, murmur, stammer, stutter, sob, pray, vouch, swear
    swore sworn swears swearing, predict, forecast, project, guarantee, allege, accuse, bark,
    blare, snarl, protest, exhort, intone, drawl, rasp, scoff, jeer, heckle, implore, entreat,
    posit, theorize, speculate, affirm, aver, avow, attest, rebut, refute, contradict, liken,
    rate rated rates, share shared shares sharing, find found finds finding, radio radioed
    radios radioing
    """
)
"""Reporting verbs (every form -> lemma): a cue that someone said or wrote something."""
SPEECH_VERBS.update({"texted": "text", "emailed": "email", "e-mailed": "email",
                     "messaged": "message"})  # (only the past: "text", "email" are nouns too)

MANNER_CUES = {
    form: lemma
    for form, lemma in _forms(
        "laugh, chuckle, giggle, smile, beam, grin grinned grins, shrug shrugged shrugs,"
        " nod nodded nods"
    ).items()
    if not form.endswith("ing")
}
"""Verbs of how something was said (``"…," she laughed``): reporting cues only right after a
quotation and its speaker, never elsewhere (``laughed off the criticism``, ``smiles``)."""
SPEECH_VERBS.update(MANNER_CUES)

AUXILIARIES = word_set(
    """has have had having is was were are am be been being will would shall should can could may
    might must did does do also then later again once still previously recently earlier
    further just even often repeatedly publicly privately flatly simply quickly quietly
    bluntly angrily sharply openly reportedly allegedly simply famously memorably
    frequently sometimes never not n't first finally subsequently additionally already
    long only initially originally separately now later also always usually sometimes
    ’s 's ’re 're ’d 'd ’ll 'll ’ve 've ’m 'm"""
)
"""Words that may sit between a subject and its reporting verb."""

CATENATIVES = word_set(
    """used going want wants wanted has had have needs needed tried tries try continues
    continued began begins likes liked loves loved decided refused seemed seems appeared
    appears happened chose ought went goes"""
)
"""Verbs before ``to`` and a reporting verb, whose subject is the verb's (``My teacher used
to say``, ``she went on to say``)."""

PHRASAL_CUES: dict[str, str] = {
    form: particle
    for spec, particle in (
        ("point", "out"), ("chime", "in"), ("weigh", "in"), ("lash", "out"),
        ("speak spoke spoken speaks speaking", "out"), ("push", "back"),
        ("write wrote written writes writing", "back"), ("fire", "back"),
        ("shoot shot shoots shooting", "back"), ("hit hits hitting", "back"),
        ("sound", "off"), ("open", "up"), ("go goes went gone going", "like"),
    )
    for form in _forms(spec)
}
"""Verbs that report speech with their particle (``points out``, ``fired back``, ``went on``)."""

PASSIVE_ASIDE_NEXT = word_set("about whether if why how what when where")
"""Words after a participle set off by a comma that make it a passive aside, no cue (``Mr.
Trump, asked about it, said``, ``The mayor, asked whether she would go, said``)."""

GO_ON = word_set("go goes went going gone")
"""Forms of *go*, which report speech with ``on`` closing the clause (``"…," she went on.``)."""

PRONOUNS = {
    "he": "m",
    "she": "f",
    "they": "p",
    "it": "n",
    "i": "s",
    "we": "p",
    "you": "s",
    "him": "m",
    "her": "f",
    "them": "p",
}
"""Subject pronouns (and a few object forms) with their gender: m, f, p(lural), n(euter)."""

DETERMINERS = word_set(
    "the a an this that these those his her its their our my your one another some several "
    "two three four five many both other top senior any every each"
)

NOMINAL_HEADS = word_set(
    """spokesman spokeswoman spokesperson spokespeople spokesmen spokeswomen official officials
    crowd crowds audience attendees demonstrators marchers spectators onlookers mourners
    fan fans worshippers rioters picketers
    aide aides adviser advisers advisor advisors source sources person people statement
    campaign administration department agency office officer officers police report
    reports newspaper paper magazine network outlet site website publication group
    organization committee commission council board panel court judge lawyer lawyers attorney
    attorneys representative representatives analyst analysts expert experts economist
    economists strategist strategists consultant consultants operative operatives staffer
    staffers leader leaders member members senator senators lawmaker lawmakers legislator
    legislators candidate candidates nominee president governor mayor secretary director
    chairman chairwoman chair manager executive executives researcher researchers scientist
    scientists professor professors author authors writer writers reporter reporters
    journalist journalists editor editors columnist critic critics supporter supporters
    opponent opponents voter voters resident residents activist activists protester
    protesters organizer organizers founder witness witnesses friend friends colleague
    colleagues memo letter release filing lawsuit complaint study poll survey analysis ad
    audit audits review reviews inquiry investigation probe census head heads boss bosses
    ads video post tweet email emails message memo page release documents document account
    accounts feed handle channel
    prosecutor prosecutors investigator investigators agent agents employee employees worker
    workers student students teacher teachers parent parents family owner owners donor
    donors insider insiders observer observers pollster pollsters party parties government
    officials ambassador minister ministry doctor doctors physician nurse veteran veterans
    host anchor moderator correspondent man woman men women mother father son daughter wife
    husband brother sister official chief sheriff coach commentator commentators
    blogger bloggers group groups team teams company firm firms union unions
    nonprofit think tank tanks watchdog agency agencies statement
    authority cooperative ministry utility council society institute hospital museum club
    university college school district county city state town village union association
    federation board bureau commission service company corporation firm bank coalition
    alliance league foundation center centre court congress senate legislature parliament
    government cabinet embassy church network station magazine newspaper regulator operator
    manufacturer retailer insurer lender airline carrier head organiser organisers
    campaigner campaigners solicitor solicitors barrister barristers deputy deputies
    premier chancellor speaker superintendent commissioner councillor councilor coroner
    magistrate"""
)
"""Head nouns of nominal sources (``a spokesman``, ``officials``, ``the newspaper``)."""

HONORIFICS = {
    "mr": "m",
    "mr.": "m",
    "mrs": "f",
    "mrs.": "f",
    "ms": "f",
    "ms.": "f",
    "miss": "f",
    "sir": "m",
    "dame": "f",
    "lord": "m",
    "lady": "f",
    "madam": "f",
    "madame": "f",
    "mme": "f",
    "mme.": "f",
    "monsieur": "m",
    "señor": "m",
    "señora": "f",
    "señorita": "f",
    "doña": "f",
    "herr": "m",
    "frau": "f",
    "signor": "m",
    "signora": "f",
}
"""Honorifics before a name, with the gender they imply."""

TITLES = word_set(
    """president vice sen. sen senator rep. rep representative gov. gov governor mayor
    secretary attorney general gen. gen adm. adm admiral col. col colonel lt. lt lieutenant
    capt. capt captain sgt. sgt sergeant maj. major dr. dr prof. prof professor judge justice
    chief director deputy acting assistant associate executive former speaker leader chairman
    chairwoman chairperson chair commissioner ambassador amb. rev. rev reverend father bishop
    pope cardinal rabbi imam sheriff officer detective prosecutor minister prime king queen
    prince princess councilman councilwoman councilmember congressman congresswoman
    delegate del. del whip spokesman spokeswoman spokesperson agent trooper coach chancellor
    dean president-elect ceo cfo coo chief anchor host nominee strategist adviser advisor
    aide manager founder co-founder cofounder senior press pastor gen. lt. gov. sen. rep.
    superintendent treasurer comptroller auditor clerk magistrate premier chancellor
    sec. atty. supt. insp. inspector commander marshal surgeon economist analyst pollster
    candidate contender hopeful billionaire businessman businesswoman mogul tycoon
    first lady columnist correspondent editor publisher reporter writer author host
    moderator activist lawyer attorney analyst physician doctor nurse actor actress
    comedian singer rapper star presenter representative-elect councillor councilor alderman
    alderwoman assemblyman assemblywoman assemblymember supervisor vice-chancellor
    pro-vice-chancellor vice-principal vice-provost provost vice-admiral vice-mayor
    vice-governor rector undersecretary under-secretary taoiseach tánaiste tanaiste td
    co-chair co-chairman co-chairwoman co-director co-host co-leader co-president"""
)
"""Words of a title or role that may stand before a name (``Acting Secretary Chad Wolf``)."""

ROLE_HEADS = word_set(
    """president senator sen. sen rep. rep representative gov. gov governor mayor secretary
    general gen. adm. admiral col. colonel lt. lieutenant capt. captain sgt. sergeant maj.
    dr. prof. professor judge justice director speaker leader chairman chairwoman chairperson
    chair commissioner ambassador amb. rev. reverend bishop pope cardinal rabbi imam sheriff
    officer detective prosecutor minister king queen prince princess councilman councilwoman
    councilmember congressman congresswoman delegate del. whip spokesman spokeswoman
    spokesperson agent trooper coach chancellor dean president-elect ceo cfo anchor host
    nominee strategist adviser advisor aide manager founder co-founder cofounder pastor
    superintendent treasurer comptroller auditor clerk magistrate premier sec. atty.
    inspector commander marshal surgeon economist analyst pollster candidate contender
    hopeful billionaire businessman businesswoman mogul tycoon columnist correspondent
    editor publisher reporter writer author moderator activist lawyer attorney physician
    doctor nurse actor actress comedian singer rapper star presenter lady councillor councilor
    alderman alderwoman assemblyman assemblywoman assemblymember supervisor"""
)
"""Title words that end a title, so the words after them are the name."""

ROLE_ENDS = ROLE_HEADS - word_set("king queen prince princess star host lady general leader")
"""Title words that end a role written in capitals (``Program Manager``, ``Pennsylvania
Gov.``); not those that end the names of firms and papers too (``Burger King``, ``Union
Leader``)."""

FEMALE_ROLES = word_set(
    """spokeswoman chairwoman congresswoman councilwoman businesswoman actress queen princess
    lady mother daughter wife sister grandmother aunt niece woman girl madam dame"""
)
MALE_ROLES = word_set(
    """spokesman chairman congressman councilman businessman actor king prince father son
    husband brother grandfather uncle nephew man boy sir lord"""
)

FOREIGN_ORG_HEADS = {
    **dict.fromkeys(("universidad", "universidade", "université", "universität", "universiteit",
                     "università", "universitat", "uniwersytet"), "university"),
    **dict.fromkeys(("museo", "musée", "museu", "muzeum"), "museum"),
    **dict.fromkeys(("instituto", "institut", "istituto", "institutet"), "institute"),
    **dict.fromkeys(("ministerio", "ministère", "ministério", "ministero", "ministerium"),
                    "ministry"),
    **dict.fromkeys(("fundación", "fundação", "fondation", "fondazione", "stiftung"),
                    "foundation"),
    **dict.fromkeys(("banco", "banque", "banca"), "bank"),
    **dict.fromkeys(("partido", "parti", "partito", "partei"), "party"),
    **dict.fromkeys(("hôpital", "ospedale", "krankenhaus"), "hospital"),
    **dict.fromkeys(("comisión", "comissão", "commissione", "kommission"), "commission"),
    **dict.fromkeys(("consejo", "conseil", "conselho", "consiglio"), "council"),
    **dict.fromkeys(("asamblea", "assemblée", "assembleia"), "assembly"),
    **dict.fromkeys(("policía", "polícia", "polizia", "polizei"), "police"),
    **dict.fromkeys(("congreso", "congresso", "kongress"), "congress"),
    **dict.fromkeys(("corte", "cour"), "court"),
    **dict.fromkeys(("sindicato", "syndicat", "gewerkschaft"), "union"),
    **dict.fromkeys(("agencia", "agence", "agência", "agenzia", "agentur"), "agency"),
}
"""Words of other languages' organization names and the English head a description gives
them (``Universidad Austral del Pacífico`` … ``the university said``)."""

ORG_WORDS = word_set(
    """department agency administration committee commission council party campaign cooperative
    co-operative co-op delegation
    association institute foundation center centre university college school court congress
    senate house bureau office service services enforcement police patrol army navy force
    forces corps guard times post news journal press network media group inc inc. corp
    corp. company co. llc ltd ltd. plc llp gmbh textiles bank fund project coalition alliance
    union federation league chamber partnership conservancy consortium orchestra charity
    taskforce diocese archdiocese synod airline registry
    society church ministry board authority organization organisation program programme
    trust reuters bloomberg politico cnn nbc abc cbs fox msnbc npr pbs bbc politifact twitter
    facebook google apple microsoft amazon tribune herald gazette review magazine daily
    globe telegraph guardian observer examiner chronicle inquirer courier star monitor
    report reporter radio tv television channel studios pictures records club caucus
    pac super-pac council assembly legislature parliament government cabinet embassy
    consulate mission agency command operations enforcement security intelligence
    industries holdings partners associates group institution clinic hospital museum
    library airlines motors foods systems technologies labs laboratory laboratories
    constabulary academy observatory aerospace pharmaceuticals pharma therapeutics biotech
    ventures software robotics logistics confederation markets supermarkets stores bancorp
    insurance airways railways utilities telecom communications brewery brewing division
    gallery galleries brigade battalion regiment squadron platoon fleet detachment
    semiconductors semiconductor electronics chemicals mining minerals petroleum shipping
    automotive survey collective festival directorate inspectorate secretariat tribunal
    zoo aquarium biosciences bioscience genomics diagnostics biologics biopharma
    rovers wanderers albion hotspur athletic fc afc scheme initiative
    republicans democrats gop dnc rnc fbi cia nsa ice irs epa dhs doj nato un eu wikinews"""
) | frozenset(FOREIGN_ORG_HEADS)
"""Words that make a capitalized name an organization (``Customs Enforcement``)."""


PERSON_HEADS = word_set(
    """spokesman spokeswoman spokesperson official aide adviser advisor source person officer
    lawyer attorney counsel representative analyst expert economist strategist consultant operative
    staffer leader member senator lawmaker legislator candidate nominee president governor
    mayor secretary director chairman chairwoman chair manager executive researcher scientist
    professor author writer reporter journalist editor columnist critic supporter opponent
    voter resident activist protester organizer founder witness friend colleague prosecutor
    investigator agent employee worker student teacher parent owner donor insider observer
    pollster ambassador minister doctor physician nurse veteran host anchor moderator
    correspondent man woman mother father son daughter wife husband brother sister chief
    sheriff coach commentator blogger judge user commenter congressman congresswoman
    councillor councilor councilman councilwoman commissioner superintendent principal
    solicitor barrister organiser campaigner deputy widow widower partner fiancee fiancée
    junior sophomore freshman
    fiance grandmother grandfather aunt uncle cousin niece nephew neighbour neighbor
    trustee evacuee retiree detainee appointee refugee returnee deportee escapee trainee
    licensee franchisee amputee interviewee parolee"""
)
"""Head nouns of descriptions of one person (``the senator``, ``a spokeswoman``)."""

MEDIA_NAMES = word_set(
    """cnn nbc abc cbs fox msnbc npr pbs bbc reuters bloomberg politico axios breitbart
    buzzfeed vox slate salon huffpost time newsweek c-span cnbc afp ap wikinews"""
)

PLACE_NAMES = _phrases(
    """capitol, capitol hill, kremlin, pentagon, downing street, elysee, élysée,
    alabama, alaska, arizona, arkansas, california, colorado, connecticut, delaware,
    florida, georgia, hawaii, idaho, illinois, indiana, iowa, kansas, kentucky, louisiana,
    maine, maryland, massachusetts, michigan, minnesota, mississippi, missouri, montana,
    nebraska, nevada, new hampshire, new jersey, new mexico, new york, north carolina,
    north dakota, ohio, oklahoma, oregon, pennsylvania, rhode island, south carolina,
    south dakota, tennessee, texas, utah, vermont, virginia, washington, west virginia,
    wisconsin, wyoming, ala., ariz., ark., calif., colo., conn., fla., ga., ill., kan., kans.,
    ky., md., mass., mich., minn., mo., mont., neb., nev., n.h., n.j., n.m., n.y., n.c.,
    n.d., okla., ore., pa., r.i., s.c., s.d., tenn., tex., vt., va., w.va., wis., wyo.,
    america, united states, u.s., usa, canada, mexico, brazil, argentina,
    chile, colombia, peru, venezuela, cuba, britain, great britain, england, scotland, wales,
    ireland, france, germany, italy, spain, portugal, netherlands, belgium, switzerland,
    austria, sweden, norway, denmark, finland, poland, ukraine, russia, china, japan, korea,
    north korea, south korea, india, pakistan, afghanistan, iran, iraq, syria, israel,
    palestine, lebanon, jordan, egypt, libya, turkey, greece, saudi arabia, yemen, qatar,
    nigeria, kenya, ethiopia, south africa, australia, philippines, vietnam, indonesia,
    taiwan, honduras, guatemala, el salvador, haiti, europe, asia, africa, denver, chicago,
    boston, seattle, portland, atlanta, miami, dallas, houston, austin, phoenix,
    philadelphia, detroit, cleveland, baltimore, pittsburgh, minneapolis, milwaukee,
    nashville, memphis, charlotte, orlando, tampa, st. louis, kansas city, las vegas,
    los angeles, san francisco, san diego, san jose, sacramento, oakland, brooklyn,
    manhattan, queens, bronx, london, paris, berlin, moscow, beijing, tokyo, rome, madrid,
    jerusalem, baghdad, kabul, tehran, damascus, cairo, ottawa, toronto, montreal,
    vancouver, mexico city, havana, caracas, brussels, vienna, kiev, kyiv, warsaw, ankara,
    istanbul, mumbai, delhi, new delhi, seoul, pyongyang, sydney, dublin, edinburgh, geneva,
    zurich, amsterdam, stockholm, oslo, copenhagen, helsinki, athens, lisbon, richmond,
    raleigh, columbus, cincinnati, indianapolis, louisville, albany, newark, jersey city,
    buffalo, honolulu, anchorage, boise, salt lake city, albuquerque, tucson, omaha,
    des moines, little rock, birmingham, new orleans, charleston, savannah, norfolk,
    fresno, berkeley, princeton, ferguson, flint, new york city, washington, d.c.,
    capitol hill, wall street, silicon valley, hollywood,
    main street, ground zero, the bronx, times square, the pentagon,
    albania, algeria, andorra, angola, armenia, azerbaijan, bahamas, bahrain, bangladesh,
    barbados, belarus, belize, benin, bhutan, bolivia, bosnia, botswana, brunei, bulgaria,
    burkina faso, burundi, cambodia, cameroon, cape verde, comoros, congo, costa rica,
    croatia, cyprus, czech republic, czechia, djibouti, dominica, dominican republic, ecuador,
    eritrea, estonia, eswatini, fiji, gabon, gambia, ghana, grenada, guinea, guyana, hungary,
    iceland, ivory coast, jamaica, kazakhstan, kosovo, kuwait, kyrgyzstan, laos, latvia,
    lesotho, liberia, liechtenstein, lithuania, luxembourg, madagascar, malawi, malaysia,
    maldives, mali, malta, mauritania, mauritius, moldova, monaco, mongolia, montenegro,
    morocco, mozambique, myanmar, burma, namibia, nauru, nepal, new zealand, nicaragua, niger,
    north macedonia, macedonia, oman, panama, papua new guinea, paraguay, romania, rwanda,
    samoa, san marino, senegal, serbia, seychelles, sierra leone, singapore, slovakia,
    slovenia, somalia, south sudan, sri lanka, sudan, suriname, tajikistan, tanzania,
    thailand, timor-leste, east timor, togo, tonga, tunisia, turkmenistan, tuvalu,
    uganda, united arab emirates, uae, united kingdom, uk, uruguay, uzbekistan, vanuatu,
    vatican, zambia, zimbabwe, northern ireland, hong kong, macau, tibet, xinjiang, crimea,
    catalonia, quebec, ontario, alberta, british columbia, manitoba, saskatchewan, nova scotia,
    bavaria, siberia, kashmir, gaza, west bank, antarctica, greenland, puerto rico, guam,
    abuja, accra, addis ababa, algiers, amman, baku, bangkok, beirut, belgrade, bogota,
    bogotá, bratislava, bucharest, budapest, buenos aires, canberra, colombo, dhaka, doha,
    dubai, hanoi, harare, islamabad, jakarta, johannesburg, kampala, karachi, kathmandu,
    khartoum, kinshasa, kuala lumpur, la paz, ljubljana, luanda, lusaka, manila,
    minsk, mogadishu, montevideo, nairobi, nicosia, prague, pretoria, quito, rabat, reykjavik,
    riga, riyadh, sarajevo, shanghai, taipei, tallinn, tbilisi, tripoli,
    tunis, ulaanbaatar, vilnius, yerevan, zagreb, auckland, melbourne, brisbane,
    adelaide, calgary, edmonton, winnipeg, manchester, liverpool, glasgow,
    leeds, bristol, cardiff, belfast, munich, hamburg, frankfurt, cologne,
    milan, naples, barcelona, seville, marseille, lyon, st petersburg, st. petersburg,
    kolkata, chennai, bangalore, hyderabad, osaka, kyoto, busan,
    ho chi minh city, rio de janeiro, são paulo, sao paulo, guadalajara, monterrey, tijuana,
    cape town, durban, casablanca, gothenburg, rotterdam, antwerp, krakow, kharkiv, odesa,
    odessa, lviv, donetsk, mosul, aleppo, kandahar, herat, gaza city, tel aviv, ramallah,
    queensland, new south wales, western australia, south australia, tasmania,
    northern territory, punjab, kerala, gujarat, maharashtra, gauteng, kwazulu-natal,
    western cape, saxony, lombardy, tuscany, andalusia, flanders, wallonia, yorkshire,
    cornwall, lancashire, sicily, sardinia, corsica, crete, sichuan, guangdong, hokkaido,
    okinawa, patagonia, mindanao, bali, java, sumatra"""
)
"""Countries, states and provinces, and big cities (lowercase; multiword names as written).
Places that are common first names too (Chad, Sofia, Santiago) are left out: a place word
is never a name word."""

PLACE_OF_HEADS = word_set(
    """town towns city cities village villages province region district county state island
    municipality commune prefecture port suburb neighbourhood neighborhood capital hamlet
    settlement township townland borough emirate kingdom republic parish"""
)
"""Words that a place's name follows after ``of`` (``the town of Quellón``)."""

PLACE_HEADS = word_set(
    """county township parish province borough district prefecture oblast canton
    municipality tower towers building plaza square stadium arena airport station street
    avenue boulevard road bridge palace castle cathedral mosque temple airbase prison mall
    valley river lake lakes mountains island islands bay coast peninsula canyon gorge glacier
    desert forest creek falls harbour harbor beach ridge hills heights reservoir estuary
    highway motorway lane park hall terrace row crescent gardens drive quay wharf mews parade
    promenade esplanade embankment"""
)
"""Last words that make a name of two words or more a place (``Marlow County``, ``Jackson
Township``, ``Orleans Parish``, ``Ontario Province``, ``Harbour Tower``, ``Downing Street``),
unless a word of an organization comes with them (``Marlow County Council``)."""

STORM_WORDS = word_set("hurricane typhoon cyclone")
"""First words of the names of storms (``Hurricane Rita``), which are no persons."""

PLACE_PREFIXES = word_set("port fort mount mt. cape")
"""First words of the names of places (``Port Anselm``, ``Fort Collins``, ``Cape Verde``)."""

SURNAME_PLACE_HEADS = word_set(
    "parish tower street bridge castle temple rivers lake bay forest ridge hills lane park hall")
"""Place heads that are surnames too: after a known first name, a person (``Mike
Parish``, ``John Tower``; ``Orleans Parish`` is a place)."""

MALE_NAMES = with_accents(word_set(
    """aaron adam al alan albert alex alexander alfred andrew andy anthony antonio arnold
    art arthur barack barney barry ben benjamin bernard bernie bill billy bob bobby brad
    bradley brandon brian bruce bryan byron calvin carl carlos chad charles charlie chris
    christopher chuck clarence clark clint cliff cody colin cory craig curt curtis dale
    dan daniel danny darrell dave david dean dennis derek dick don donald doug douglas
    duncan dwight earl ed eddie edward elijah eric ernest eugene evan frank franklin fred
    frederick gary gene geoff geoffrey george gerald glenn gordon grant greg gregory hank
    harold harry henry herbert howard hugh ian isaac jack jacob jake james jamie jared
    jason jay jeb jeff jeffrey jeremy jerry jesse jim jimmy joe joel john johnny jon
    jonathan jordan jose joseph josh joshua juan justin keith ken kenneth kevin kirk kyle
    larry lawrence lee leon leonard lewis lincoln lindsey lloyd louis luis luke lyndon
    marco mario mark martin marvin matt matthew max michael mike mitch mitt mohammed
    muhammad nathan neil newt nicholas nick noah norman oliver orrin oscar owen pat
    patrick paul pete peter phil philip rand randy ray raymond reince rex richard rick
    ricky rob robert rod rodney roger ron ronald ross roy rudy russell ryan sam samuel
    scott sean sergei seth shawn sheldon stanley stephen steve steven stuart ted terry
    thomas tim timothy todd tom tommy tony travis trey troy tyler vernon victor vincent
    vladimir walter warren wayne wesley will william willie xavier zach zachary rahm
    rudolph lindsey elliott jorge jesus miguel pedro ahmed ali omar hassan
    benito boris emmanuel francois recep xi kim shinzo justin enrique ben bashar
    hosni moammar saddam osama rush sean tucker glenn wolf chad corey jason jeh
    eric ashton reed harry mitch kevin steny jim dick spiro spencer tom tim mike
    norbert ahmad abdul adrian alberto aleksandr alexei alessandro alfonso amir anand andre andrei
    andreas angelo anton antoine armando arjun arturo ashok axel bernardo bjorn björn bogdan
    bruno callum cesar césar christian ciaran ciarán conor connor cristian dario darius
    declan diego dmitri dmitry domingo dominic duarte eamon eamonn eduardo emil emilio enzo
    erik ernesto esteban ethan fabian fabio farid fernando filip finn francesco francisco
    franz gabriel gareth gavin gerard gianni giorgio giovanni giuseppe gonzalo graham
    gustavo hamid hans hector héctor hugo ibrahim igor ilya ivan jakob jamal javier jens
    joao joão joaquin joaquín johan johannes jonas jurgen jürgen karim karl kenji khalid
    klaus krishna kwame lars leo leonardo liam lorenzo lucas luca luciano magnus mahmoud
    malcolm manuel marcel marcelo marcus mateo mathias matteo mattias maurice mehmet michel
    mikhail mohamed mustafa nasser nelson niall nikolai nils olaf oleg olivier oskar pablo
    paolo pascal pavel pierre piotr rafael rajesh ramon ramón raul raúl reza ricardo roberto
    rodrigo rohan roman rui sanjay sebastian sergio shane simon stefan
    sven tariq thiago tiago tobias tomas tomás vikram wolfgang yusuf yuri zoltan nathaniel
    gregor angus hamish rory seamus séamus cillian oisin oisín dermot fergus euan ewan
    alastair alistair nigel clive trevor desmond rupert giles jeremiah ezekiel marlon theo
    theodore julian jasper felix dylan logan mason jerome leroy reggie terrence darnell
    dwayne tyrone deshawn malik andile thabo sipho kofi kwasi emeka tunde musa juma hiroshi
    takeshi haruki rahul amit vijay sunil arun deepak pradeep imran faisal bilal hamza
    yousef samir tarek walid ahmet emre murat bartosz tomasz krzysztof jakub lukas lukasz
    łukasz marek vaclav václav petr jiri jiří mircea florin dragan goran zoran milos miloš
    stavros nikos yannis giorgos dimitris kostas vasilis mick
    alfie alvin ambrose archie barnaby benedict caleb cedric conrad damian damien darren
    daryl donovan dustin edgar edwin eli elias elliot elton elvis emmett ernie ezra francis
    harvey isaiah jarrod jonah jude kurt luther micah quentin ralph randall reginald reuben
    robbie silas terence toby tristan vince winston wyatt shaun aidan brendan colm cormac
    darragh diarmuid donal dónal eoin enda fionn kieran micheal mícheál padraig pádraig
    ronan ruairi ruairí lachlan iain calum kenny rhys dafydd huw owain geraint lamar jalen
    deandre demarcus demetrius kareem keshawn jermaine terrell tyrell rashad rasheed donte
    dante kendrick shaquille trayvon lebron devin alonzo dwyane josé jesús martín sebastián
    julián adrián óscar iván alejandro alfredo alonso alvaro álvaro andres andrés agustin
    agustín camilo claudio cristobal cristóbal efrain efraín emiliano ezequiel federico
    felipe fidel gerardo guillermo hernan hernán humberto ignacio jaime julio leandro marcos
    mariano mauricio nicolas nicolás octavio ramiro rogelio ruben rubén saul saúl vicente
    abel iker josue josué matias matías moises moisés nestor néstor pancho paco mikel afonso
    alexandre caio cristiano edson fabiano flavio flávio henrique jair joaquim luiz marcio
    márcio nuno ronaldo vinicius vinícius lula goncalo gonçalo vasco danilo diogo neymar
    fábio mário sérgio antónio antônio alain arnaud aurelien aurélien baptiste benoit benoît
    bertrand christophe cédric didier edouard édouard emile émile etienne étienne fabien
    fabrice florian frederic frédéric gérard gilles guillaume henri jacques jérôme julien
    laurent marc mathieu maxime philippe raphael raphaël rene rené sebastien sébastien
    stephane stéphane thierry yannick yves andré françois davide emanuele enrico fabrizio
    filippo gianluca gianluigi giacomo giulio luigi marcello massimo maurizio pietro
    raffaele riccardo rocco salvatore stefano umberto vincenzo vittorio silvio armin bernd
    christoph erich ernst fritz gerhard gunter günter heinrich heinz helmut horst joachim
    jorg jörg josef konrad ludwig manfred markus matthias rainer ulrich werner kai hendrik
    pieter maarten ruud geert willem anders fredrik gunnar gustav haakon henrik ingvar
    jorgen jørgen knut mikael morten rasmus soren søren zlatan juha matti mikko sauli kimi
    valtteri andrzej dariusz dominik grzegorz jacek janusz jaroslaw jarosław jerzy kamil
    karol maciej marcin mateusz pawel paweł radoslaw radosław rafal rafał stanislaw
    stanisław tadeusz wojciech zbigniew jaroslav miroslav ondrej ondřej zdenek zdeněk
    frantisek františek dusan dušan aleksei alexey anatoly andrey artem evgeny yevgeny
    kirill konstantin leonid maksim nikolay oleksandr pyotr ruslan sergey taras timur valery
    vasily viktor vladislav vyacheslav yaroslav volodymyr mykola mykhailo andriy serhiy
    giorgi aleksandar bojan branko darko dejan hrvoje josip luka marko nebojsa nebojša
    nemanja nikola petar slobodan tomislav zeljko željko zlatko edin haris adnan ilir boyko
    georgi dimitar alexandru catalin cătălin constantin gheorghe marius mihai nicolae radu
    vasile gabor gábor gyorgy györgy istvan istván janos jános laszlo lászló tamas tamás
    zsolt ferenc alexandros angelos antonis christos dimitrios evangelos georgios ioannis
    konstantinos kyriakos manolis nikolaos panagiotis pavlos petros stelios yiannis abdullah
    baris barış bulent bülent burak cengiz fatih hakan halil huseyin hüseyin ismail kemal
    kerem metin omer ömer onur orhan osman selim suleyman süleyman tayyip ugur uğur volkan
    binali ekrem arda abbas abdelaziz abdulaziz abdulrahman adel amin amr anwar ashraf ayman
    bashir fadi fahd ghassan habib hadi hani hussein kamal khaled khalil mahdi majid mansour
    marwan mazen mohammad mohamad mostafa nabil nader rachid rami rashid saad saeed salah
    saleh salim salman yahya yasser youssef zaid ziad idris younes mehdi yassine muammar
    alireza arash babak bahram behrouz bijan ebrahim farhad hossein kamran kaveh masoud
    mohsen omid parviz ramin cyrus amos avi avraham benny ehud eitan gideon haim moshe
    naftali natan shimon shmuel yair yaakov yitzhak yonatan yossi yuval noam abhishek aditya
    ajay akash akshay amar amitabh anil ankit arvind ashish ashwin dev dilip dinesh ganesh
    gaurav hari karan karthik manish manoj mohan mukesh narendra naveen nikhil nitin nitish
    pankaj prakash pranab prem rajeev rajiv rakesh ramesh ravi rishi rohit sachin sandeep
    satish shankar siddharth suresh varun vinay virat vishal vivek manmohan shahrukh aamir
    hrithik akhilesh gautam jawaharlal venkatesh sourav harbhajan jagmeet amarinder yuvraj
    asif asad babar farooq irfan javed nadeem nawaz rizwan shahbaz shahid shoaib tahir umar
    usman wasim zulfiqar bilawal pervez iqbal shakib wei jian hao feng jie liang peng qiang
    yong xiaoming xiaoping zedong jinping keqiang jiabao zemin jintao qishan xilai wenliang
    akira akihito atsushi daisuke fumio hiroyuki ichiro junichiro kazuo koichi makoto
    masahiro masato satoshi shigeru shinji shinjiro shohei takashi takuya yoshihide yuichi
    yuji yukio yusuke yuzuru hayao jaein myungbak sukyeol jaemyung heungmin jungkook minho
    jihoon jaehyun hyun joon jae seung tae bao binh duc hoang huy quang quoc thang tuan tung
    vinh trung bongbong manny noynoy benigno ninoy joko agus eko prabowo susilo suharto
    sukarno anies ganjar mahathir najib muhyiddin somchai somsak prayut prayuth thaksin
    abhisit srettha adebayo babatunde femi kayode olusegun segun wole obafemi chinedu
    chukwuemeka chinua ifeanyi ikechukwu nnamdi obinna abubakar aliyu aminu sani shehu umaru
    yakubu atiku muhammadu kwabena mamadou moussa ousmane abdoulaye amadou ibrahima sadio
    alassane macky jomo raila eliud abebe abiy haile tewodros meles abdi abdullahi mohamud
    yoweri bheki bongani jabulani mandla siyabonga sizwe themba thulani vusi tshepo gwede
    tane wiremu taika sione sitiveni keanu"""
))
"""Common male first names (lowercase), from newsrooms around the world."""

FEMALE_NAMES = with_accents(word_set(
    """abigail alice alicia allison amanda amber amy andrea angela ann anna anne annie april
    ashley barbara becky betty beverly brenda brittany carly carol caroline carolyn
    catherine cathy cheryl christina christine cindy claire claudia connie cynthia daisy
    dana danielle deborah debbie debra denise diana diane donna doris dorothy edith eileen
    elaine eleanor elena elizabeth ellen emily emma erica erin evelyn florence frances
    gabrielle gail gennifer gina gloria grace hannah heather heidi helen hillary holly
    hope huma irene jackie jacqueline jane janet janice jean jeanne jennifer jessica jill
    jo joan joanne jodi joni josephine joy joyce judith judy julia julie june karen kate
    katherine kathleen kathryn kathy katie kay kelly kellyanne kim kimberly kristen laura
    lauren leslie linda lisa lois loretta lori louise lucy lynn madeleine marcia margaret
    maria marie marilyn marion martha mary megan megyn melania melissa michele michelle
    monica nancy natalie nicole nikki nina nora olivia pam pamela patricia patty paula
    peggy penny rachel rebecca renee rita roberta robin rosa rosalind rose ruth sally
    samantha sandra sara sarah sharon sheila shirley sonia sophia stacey stephanie susan
    susana suzanne tammy tanya teresa theresa tiffany tina tracy valerie vanessa veronica
    victoria virginia wendy whitney yvonne ivanka chelsea condoleezza condi dianne debbie
    kirsten tammy nikki jeanne janet hope kayleigh sarah huckabee elise marsha mazie
    tulsi alexandria ilhan rashida ayanna kamala amy elizabeth maxine nancy
    adaeze adriana agnes aisha alejandra alessandra alexandra alina alisha amal amara amelia
    ana anastasia anika anita anja annika antonia anouk ariana astrid ayesha beatriz
    beatrice bernadette bianca birgit brigitte camila carla carmen cecilia celine
    céline chiara chloe clara colette cristina dagmar daniela deirdre delia dolores elif
    eliza elisa ella elsa eloise emilia esther eva fatima fatma federica fernanda fiona
    francesca freya gabriela gemma georgina gertrude giulia grainne gráinne greta gwen
    gwendolyn halima harriet helena hilda imogen ines inês inés ingrid irina isabel isabella
    isabelle ivana jasmine jelena johanna julieta karin katarina katya keisha khadija kirsty
    lakshmi laila layla lea leah lena leila lidia lila lina liv lorena luciana
    ludmila luisa lydia magdalena maja malala margarita mariana marta matilda maya mei
    mia milena mira miriam monika nadia nadine naomi natalia natasha niamh nia
    nkechi noor nour oksana olga paloma patrizia petra pilar priya rania rebekah
    rosalie roisin róisín sabine sabrina saoirse silvia simone sinead sinéad siobhan sofia
    sofía sophie svetlana tamara tatiana thandiwe ursula valentina vera viktoria wanjiru
    yasmin yolanda zainab zara zoe zoë zeynep amina chiamaka ngozi folasade funmilayo abena
    efua priyanka sunita anjali deepika neha pooja shreya kavita meera haruka yumi keiko
    sakura aiko ewa agnieszka katarzyna malgorzata małgorzata zuzana ilse heike ute ulrike
    gudrun sigrid solveig ingeborg marit annette danuta renata femke sanne mirjam marieke
    ximena marisol consuelo rocio rocío nuria ainhoa itziar
    hayley kelsey courtney brooke paige tara bridget maeve aoife orla sorcha caoimhe ciara
    aisling eimear mairead máiréad nuala áine ottilie
    abby adele adrienne aileen alison amelie amélie angelina annabelle antoinette audrey ava
    avril belinda bella beth bethany billie brianna britney caitlin camilla candice cara
    carrie cassandra celia charmaine colleen cora daphne delphine desiree désirée dora
    elisabeth ellie erika felicia gabriella genevieve gwyneth hailey hermione jacinda janine
    jenna jenny joanna jocelyn juanita juliet juliette justine karina kayla keira kristina
    lara lesley lillian lola louisa lucille maggie margot mariah marianne marissa maureen
    meg meghan melanie melinda meredith michaela mona penelope phoebe phyllis raquel
    rhiannon robyn rosie selena serena shania sheena sonya stacy stella sylvia tessa vicky
    vivienne winnie clodagh fionnuala maire máire maura sadhbh emer ailsa eilidh morag
    catriona isobel cerys ffion sian siân bethan rhian latoya latasha latisha shaniqua
    tamika kiara aaliyah monique deja jamila latonya oprah shayla tyra jazmine beyonce
    beyoncé shonda maría ángela mónica verónica bárbara aida belen belén dulce esperanza
    estefania estefanía florencia graciela jimena josefa josefina juana lucia lucía luz
    maite manuela marcela maribel martina milagros paola valeria xiomara leonor begona
    begoña aitana arantxa andreia bruna flavia flávia gisele juliana leticia letícia márcia
    patrícia thais thaís dilma marielle joana luísa cláudia adèle amandine anais anaïs
    aurelie aurélie camille cecile cécile chantal clemence clémence elodie élodie emilie
    émilie francoise françoise geneviève helene hélène laetitia lucie manon martine mathilde
    mélanie nathalie sandrine segolene ségolène sylvie therese thérèse valérie veronique
    véronique virginie agnès chloé zoé inès alessia antonella arianna benedetta carlotta
    caterina donatella eleonora elisabetta giorgia giovanna giuliana ilaria letizia
    raffaella simona stefania tiziana vittoria angelika bettina helga katja katrin kerstin
    renate stefanie susanne annalena franziska katharina saskia tanja marjolein wilhelmina
    agneta birgitta ebba elin frida hanne malin mette pernille tove trine sanna aino elina
    hanna leena minna tarja agata aleksandra alicja beata bozena bożena dorota elzbieta
    elżbieta ewelina irena iwona jolanta justyna karolina kinga sylwia weronika zofia alena
    hana jana klara klára katerina kateřina tereza veronika darya daria ekaterina yekaterina
    yelena galina kira ksenia larisa lyudmila nadezhda natalya polina tatyana yana yulia
    yuliya iryna olena kateryna viktoriya mariya masha salome biljana bojana dragana gordana
    jasmina jovana marija milica mirjana natasa nataša sanja tijana vesna lejla emina vjosa
    kristalina andreea anca ioana mihaela nicoleta oana raluca teodora ágnes erzsebet
    erzsébet eszter judit katalin krisztina reka réka zsofia zsófia zsuzsanna angeliki
    despina dimitra eleni eleftheria eirini ioanna konstantina melina vasiliki aylin ayse
    ayşe bahar burcu derya dilek emine esra gamze hatice ipek leyla meltem merve ozlem özlem
    pinar pınar rabia selin sibel tugba tuğba yasemin zehra meryem asli aslı amira asma
    basma bushra eman ghada hala hanan hiba huda iman latifa lubna maha mai malak manal
    mariam maryam muna najla najwa nawal noura reem rima sahar salma samar samira sana wafa
    yara zahra zeinab aicha malika naima samia soraya loubna azadeh farnaz fatemeh
    golshifteh laleh mahnaz mahsa nahid narges nasrin nazanin negar neda parisa roya shirin
    shabnam ayelet dafna efrat ilana keren naama noa rivka ronit shira shoshana tali tzipi
    yael yehudit aviva golda aditi aishwarya amrita ananya anushka archana asha deepa divya
    geeta hema indira isha jaya kalpana kareena kavya madhuri mamata manisha meena meenakshi
    nandini nirmala nisha parvati preeti radha radhika rashmi rekha riya sangeeta sapna
    seema shabana shalini sharmila shilpa shraddha shruti shweta simran smita smriti sneha
    sonali sushma swati uma usha vidya karishma mithali saina sania jhumpa sushmita
    harsimrat gayatri jayalalithaa kanimozhi benazir hina mehwish nida saba sadia shazia
    shireen uzma farzana nargis nasreen parveen rehana hasina khaleda jing jingjing ying
    lili xiaohong xiaomei yumei meiling tingting qian yun ziyi shuang jiayi xinyi pengyuan
    chunying liping hongmei akiko asuka ayako hanako hiroko kaori kyoko mariko masako mayumi
    megumi michiko midori miyuki naoko noriko reiko sachiko sayaka tomoko yoko yui yuko
    yukiko yuriko nozomi junko eunji hyejin jieun jiyoung minji soojin sooyoung younghee
    jisoo geunhye yuna taeyeon hee yeon eun hoa huong huyen linh ngoc phuong thao thuy trang
    xuan corazon imelda leni maricel marites regine luzviminda megawati retno ayu putri siti
    nurul fitri indah kartini ratna rosmah yingluck paetongtarn sirikit porntip siriporn
    supaporn abimbola bukola folake funke modupe omotola yetunde adaobi amaka chidinma
    chioma chinwe ifeoma ijeoma nneka chimamanda hauwa hadiza binta akosua adwoa akua yaa
    aminata fatou fatoumata mariama aissatou wanjiku njeri wambui akinyi wangari muthoni
    zawadi neema tirunesh almaz hodan fadumo buhle busisiwe lindiwe nokuthula nomvula naledi
    palesa refilwe thandeka thandi lerato nompumelelo tsitsi rudo anahera hine kiri maia
    ngaio ngaire pania marama miriama salote mele leilani malia lorna priscilla roxanne tess
    jeanette marjorie moira philippa susie gretchen charlene darlene deanna edna ethel
    gladys mildred irma lynda rhonda tonya yvette kendra candace lakeisha shanice nichelle
    estela yesenia mayra corinne pascale ornella ulla halina krystyna zhanna canan ebru
    lamia rula kumiko hitomi afua dalal jihan orly galit limor aparna padma richa ritu"""
))
"""Common female first names (lowercase), from newsrooms around the world."""

SENTENCE_OPENERS = word_set(
    """the a an but and or so yet in on at of for to from with by as if when while after
    before since because although though however meanwhile still also then now there
    here this that these those it its his her their our my we i you he she they
    one some many most more less all both each every no not nor last next this earlier
    later during despite amid among between under over about against without within
    until unless whether where what which who whom whose how why according asked
    said says told instead indeed yes no perhaps maybe even just only already again
    speaking citing asked like unlike given following including per via
    another other such several few seconds minutes hours days weeks months years decades
    moments dozens hundreds thousands millions billions scores tens"""
)
"""Capitalized words at a sentence start that are not names."""

ORGANIZATION_OPENERS = word_set(
    """democrats republicans democrat republican democratic americans american
    latino latinos hispanic hispanics christian christians muslim muslims jewish jews
    catholic catholics evangelical evangelicals liberal liberals conservative
    conservatives independent independents english spanish french german chinese russian
    mexican mexicans african asian european internet web covid election"""
)
"""Words never a person's name on their own that may open an organization's name
(``European Union``, ``Democratic National Committee``, ``Election Commission``)."""

NOT_NAMES = ORGANIZATION_OPENERS | word_set(
    """monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december jan. feb. mar. apr. jun. jul.
    aug. sep. sept. oct. nov. dec. i i'm i've i'd i'll god day"""
)
"""Capitalized words that are never a person's name on their own."""


# ---- names (attribution.people)

NAME_CONNECTORS = word_set("of and & for the de van von der den al bin la le da du del di y ibn")
"""Lowercase words that may join the capitalized words of one name (``Bank of America``,
``van Gogh``)."""

ON_HEADS = word_set("commission committee subcommittee council conference panel forum")
"""Words of an organization's name that ``on`` may follow inside it (``Council on Foreign
Relations``)."""

NAME_SUFFIXES = word_set("jr. jr sr. sr ii iii iv")
"""Words after a surname that are not the surname (``Jr.``, ``III``)."""

POSSESSIVE_ENDINGS = ("’s", "'s", "’", "'")
"""Endings of a possessive (``ICE’s``, ``Davis’``), longest first."""

ACRONYM_SKIP = word_set("of and the for & u.s. us")
"""Words left out of an organization's initials (ICE for ``Immigration and Customs
Enforcement``)."""

ORG_FIRST_SKIP = word_set(
    """the u.s. us american national united new north south east west federal state city county
    department office bureau democratic republican white first great international global"""
)
"""First words of an organization's name too common to stand for it alone (``National``,
``Democratic``)."""

NOT_TITLE_ENDS = word_set("dean will")
"""Role words that do not end a title in front of a name (Dean and Will are first names too)."""

DESCRIBING_CAPITALS = word_set(
    """presidential democratic republican conservative liberal federal national former
    senior acting deputy vice state white black gop political progressive president senator
    governor secretary mayor speaker chairman chairwoman director minister congressman
    congresswoman spokesman spokeswoman representative sen. rep. gov. mr. mrs. ms. dr. gen.
    attorney general assistant executive associate press""")
"""Capitalized words that describe rather than name (Republican, Presidential, Former)."""


# ---- a name alone: titles, ranks, jobs, places and affiliations around it (attribution.people,
# attribution.phrases)

NAME_TITLE_WORDS = ROLE_HEADS | word_set(
    """chief dr prof mp mps msp mep mla mpp mk td qc kc master grandmaster champion duke duchess
    earl countess baron baroness emperor empress sultan emir sheikh shaikh tsar shah
    archbishop archdeacon deacon priest monsignor monseñor monsenor swami mullah chaplain
    sister brother elder rabbi imam datuk dato dato' datin tun seri puan
    ayatollah mufti cleric sayyid counsel lecturer researcher scientist historian scholar fellow
    emeritus engineer architect designer artist musician poet novelist playwright
    filmmaker photographer producer composer conductor pianist guitarist drummer vocalist
    frontman frontwoman bassist keyboardist saxophonist violinist cellist keeper
    dancer choreographer curator librarian entrepreneur investor banker farmer fisherman
    rancher teacher headteacher headmaster headmistress principal student nurse midwife
    paramedic firefighter constable corporal sgt sgt. sergeant specialist seaman
    airman soldier cadet referee umpire striker midfielder defender goalkeeper quarterback
    skipper captain capt capt. lt lt. maj maj. col col. gen gen. adm adm. cmdr cmdr.
    brig brig. cpl cpl. pfc spc spc. pvt pvt. staff governor-elect senator-elect mayor-elect
    chief-executive commentator presenter broadcaster mathematician physicist chemist
    biologist astronomer geologist psychologist sociologist anthropologist astronaut
    governor chairperson vice-chair vice-president secretary-general director-general
    attorney-general solicitor barrister advocate justice magistrate coroner warden
    superintendent inspector detective officer co-author coauthor det det. insp insp. supt
    supt. ch dci dsi pc pcso cllr cllr. coun coun. hon hon. rt rt. laureate campaigner head ag
    pv2 cpl. ssg sfc msg 1sg sgm csm 2lt 1lt cpt ltc ltg bg mg wo1 cw2 cw3 cw4 cw5 po1 po2
    po3 cpo scpo mcpo lead co-lead vice-chancellor pro-vice-chancellor vice-principal
    vice-provost provost vice-admiral vice-mayor vice-governor rector undersecretary
    under-secretary taoiseach tánaiste tanaiste td deputy sprinter runner swimmer cyclist
    skier boxer golfer jockey gymnast wrestler footballer cricketer batsman bowler winger
    pitcher rower sailor climber fr fr. msgr msgr. ens ens.
    cdr cdr. const const. ald ald. administrator registrar ombudsman trustee vicar
    inspector-general solicitor-general commissioner-general governor-general brigadier
    ensign technician medic seismologist hydrologist volcanologist meteorologist
    climatologist oceanographer ecologist epidemiologist virologist economist pharmacist
    dentist journalist activist physician surgeon veterinarian ranger agronomist botanist
    zoologist entomologist archaeologist geophysicist statistician dietitian therapist
    pediatrician psychiatrist veteran member"""
)
"""Words of a title, rank or job written before a name (``Dr``, ``MP``, ``Grandmaster``,
``Staff Sgt.``, ``Fisherman``): the name is the words after the last of them."""

TELLING_RELATIVES = word_set("elder younger")
"""Words before a surname that tell one relative from another (``the elder Frost``)."""
PARENT_WORDS = word_set("mother father parent mom dad mum grandmother grandfather grandparent")
CHILD_WORDS = word_set("daughter son child granddaughter grandson grandchild")
"""Family words before a name that tell which of two relatives is the elder (``Her mother,
Denise Frost``, ``Evelyn Marchand's daughter, Claire Marchand``)."""

PERSON_TITLE_WORDS = TITLES | PERSON_HEADS | NAME_TITLE_WORDS
"""Words a description of one person may end in: a title, a person's head noun or a title
written before names (``premier``, ``spokesman``, ``archbishop``)."""

POSTNOMINALS = word_set(
    """qc kc sc bl mp msp mep mla mpp td obe mbe cbe kbe dbe gbe frs freng fba phd esq esq."""
)
"""Letters written after a name (``Jane Roe QC``, ``John Doe MP``): part of the role."""

PARTY_MEMBERS = word_set("republican republicans democrat democrats tory tories")
"""Capitalized nouns for a party's members that end a description (``one Iowa Democrat``,
``a New Hampshire Republican``): no name."""

PARTY_ADJECTIVES = word_set(
    """conservative labour labor liberal democrat democratic republican green greens tory
    socialist communist nationalist unionist libertarian independent centrist progressive"""
)
"""Party words written before a name (``Conservative MP …``, ``Republican Jane Roe``)."""

OF_HEADS = word_set(
    """academy academies society republic kingdom emirate state states commonwealth
    federation confederation principality duchy province region district territory county
    city town village borough municipality diocese archdiocese parish order brotherhood
    sisterhood fraternity sorority chamber house houses palace hall museum gallery library
    school schools faculty institute institutes institution college colleges university
    universities centre center centers centres office bureau department ministry court
    courts council union league bank fund army navy corps church temple cathedral abbey
    friends sons daughters knights sisters brothers people peoples bill act treaty
    declaration statue tower gate bridge wall isle island islands gulf bay sea lake cape
    mount strait straits port battle siege day days year night festival feast book books
    gospel game games lord lady prince princess queen king duke earl count"""
)
"""Words before ``of`` in a name that is not ``PERSON of PLACE/ORGANIZATION`` (``Bank of
America``, ``Republic of Korea``, ``Duke of York``, ``Statue of Liberty``)."""

TIME_WORDS = word_set(
    """monday tuesday wednesday thursday friday saturday sunday morning afternoon evening
    night week weekend month year january february march april may june july august
    september october november december"""
)
"""Words of a time expression before a subject (``This Wednesday Greek Foreign Minister …``)."""

TIME_OPENERS = word_set("this last next on early late earlier later")
"""Words that open such a time expression."""

SPAN_COUNTS = word_set(
    """a an one two three four five six seven eight nine ten eleven twelve twenty thirty
    fifty hundred few several many some"""
)
"""Words that count a span of time opening a sentence (``Eight years ago, …``)."""

SPAN_UNITS = word_set("seconds minutes hours days weeks months years decades second minute "
                      "hour day week month year decade")
"""Units of such a span."""

SPAN_ENDS = word_set("ago earlier later before after")
"""Words that end such a span (``Two weeks later, …``)."""

NAME_MONTHS = word_set("april may june august")
"""Months that are names too (``Theresa May``, ``April Ryan``): a name where the words around
them say so."""

NOT_BEFORE_SURNAMES = word_set(
    """in on of since until by last next this every each that the a an from through during
    early late mid"""
)
"""Words before a word that is a surname in the article (Day, French) showing it is the word
(``in French``, ``the Day``)."""

HEADLINE_VERBS = word_set(
    """says tells warns urges slams vows denies admits blasts claims asks announces calls
    accuses insists confirms pledges promises threatens reveals rejects defends praises
    criticises criticizes condemns dismisses blocks backs wins loses faces seeks plans
    unveils approves bans sues hits slashes cuts raises quits resigns returns launches
    demands orders rules strikes recalls unseats"""
)
"""Verbs in a title-case headline or heading (``Union Calls Strike``, ``Judge Blocks …``):
never a word of a name."""

FIRST_NAMES = MALE_NAMES | FEMALE_NAMES
"""The first names the lexicon knows."""

LEADER_WORDS = word_set("head heads boss bosses")
"""Nouns for who leads an organization (``the head of Unicef``), beside the titles."""

OFFICES = word_set(
    """state health education finance justice defence defense interior treasury labour labor
    commerce trade transport transportation energy agriculture environment housing culture
    sport sports affairs security police staff athletics communications the""")
"""Words after ``of`` in a title that a surname may follow (``Secretary of State Pompeo``,
``Chief of Staff Meadows``): the office, not the first words of an organization's name."""

REFUSED_NAME_WORDS = NOT_NAMES | DESCRIBING_CAPITALS | NAME_TITLE_WORDS
"""Capitalized words refused as (the whole of) a name unless an article writes them after a
first name (``Ellen Day``, ``Jack White``, ``Stephen King``)."""

NEVER_NAME_WORDS = frozenset(PRONOUNS) | HEADLINE_VERBS
"""Capitalized words never part of a name: pronouns and headline verbs."""

PARTICLE_INITIALS = frozenset("aeubid")
"""First letters of the particles a surname may be written with (``al-``, ``el-``, ``d’``)."""

NAME_PARTICLES = word_set("van von der den de la le da du del di dos das bin ibn al el y")
"""Lowercase particles that may stand two together inside a name (``von der``, ``de la``)."""

ORG_SURNAMES = word_set("church fox banks house post press court star guard trust mission")
"""Words of organizations' names that are surnames after a first name (``Megan Fox``)."""

TIME_ADVERBS = word_set("yesterday today tonight tomorrow")
"""Days named by a word alone (``Yesterday Jane Roe said``): never a name at a sentence start."""

TIME_STARTS = TIME_OPENERS | TIME_ADVERBS
"""Words a time expression before a subject may begin with."""

NOT_NOMINAL_STARTS = word_set(
    """while when whereas as and but or nor if because although though since after before
    until unless where whether than so yet then"""
)
"""Conjunctions: a noun phrase naming a source never begins with one (``while …``)."""

BEFORE_OBJECT_NAMES = word_set("of at from with in on")
"""Prepositions before a name that is their object, not a subject (``in Harbour Herald
comments``)."""

AFFILIATION_PREPOSITIONS = word_set("of at from with")
"""Prepositions between a person's name and the organization they are with (``Jane Roe of the
Harbour Trust``, ``John Doe with the ACLU``)."""

OFFICE_TITLES = word_set(
    """mayor governor president senator minister judge sheriff chancellor premier
    councillor councilor congressman congresswoman ambassador secretary commissioner""")
"""Offices one person holds at a time: a person named as one is not ``the`` other (Mayor Ann
Cole … The governor said: someone else)."""

COURTESY_TITLES = word_set("dr dr. prof prof. professor rev rev. the rev. spc. pfc. pvt.")
"""Titles before a name that say no job: a role given beside the name replaces them (``Dr.
Maya Chen, an assistant professor of biology``)."""

INTERJECTIONS = word_set("um umm uh uhm er erm hmm mm ah aah oh ooh wow yeah yep ok okay hey")
"""Words of speech, never a name alone wherever they stand (``[laughs] Um, what else?``)."""

NOT_NAMES_ALONE = word_set(
    """others other many some most few several both all everyone everybody someone somebody
    anyone anybody nobody none yeah yes no um uh oh ok okay well hey amongst among whilst
    unrest meanwhile critics supporters opponents observers officials attendees
    participants residents locals visitors fans viewers users commenters scientists
    researchers experts analysts economists witnesses protesters protestors activists
    organisers organizers investigators prosecutors doctors nurses
    teachers students parents workers employees members leaders lawmakers legislators
    voters citizens americans delegates guests panelists panellists speakers cooperative"""
)
"""Words written capitalized only because a sentence begins with them that are never a name
alone (``Critics said``, ``Yeah, …``)."""


# ---- cues, phrases and rules (attribution)

PARTICIPLE_CUES = frozenset(w for w, lemma in SPEECH_VERBS.items() if w.endswith("ing"))
"""Reporting verbs in their -ing form (``saying``, ``citing``): they take the subject of their
clause."""

CUE_WORDS = frozenset(SPEECH_VERBS) | frozenset(PHRASAL_CUES) | {"according", "like"}
"""Every word that may be a reporting cue: the forms of the reporting verbs, the verbs of the
phrasal cues, and ``according``."""

INTRODUCTORY_WORDS = word_set(
    """in on at during after before since last earlier later however meanwhile still but and
    yet also then now as while when with without for by from over under this next so thus
    amid among despite following given unlike like per via against toward towards throughout
    within upon about across around beyond inside outside near alongside along until unless
    once whether although though because if
    instead indeed moreover furthermore separately overall today yesterday tonight
    afterward afterwards there here speaking writing"""
)
"""Words that open an introductory phrase before a sentence's subject (``In a statement, …``,
``However, …``)."""

ADVERBIAL_OPENERS = word_set(
    """back even only just elsewhere besides ultimately finally again similarly likewise
    notably previously recently initially originally eventually nevertheless nonetheless
    otherwise sometimes often typically usually already soon shortly apart aside far
    regardless whenever wherever"""
)
"""Adverbs that may open a phrase before a sentence's subject but may also stand before a
noun (``Even Smith``), so count as openers only when no name comes before the comma."""

SEQUENCE_ADVERBS = word_set("then now later still also again")
"""Adverbs between an opening conjunction and the subject (``And then Trump went …``)."""

OPENING_CONJUNCTIONS = word_set(
    """but and yet so still also then later meanwhile however now thus instead indeed
    moreover furthermore separately afterward afterwards today yesterday tonight"""
)
"""Words that may open a sentence before its subject with no comma (``But Trump said``,
``Then Peter Lang took``)."""

PHRASE_INNER_WORDS = word_set(
    """for of at with in from on the a an and to"""
)
"""Small words inside a noun phrase (``a spokesman for the city``), never at its end."""

SOURCE_MODIFIERS = word_set(
    """campaign press communications national political presidential policy security foreign
    senior top chief former longtime veteran white house state federal local county city
    republican democratic gop party election legal general deputy executive associate
    assistant regional public affairs relations media digital research data field finance
    senate majority minority ranking district civil rights health defense justice homeland
    immigration customs enforcement military intelligence economic business financial
    conservative liberal progressive independent outside spokesman spokeswoman spokesperson
    administration department agency office police government new another other one two
    three four five several some many few most both other unnamed anonymous senior junior
    high-ranking high-level top-ranking longtime close trusted key leading prominent
    prospective potential former current incoming outgoing acting interim vice
    communications director manager adviser advisor aide secretary official officials
    attorney attorneys lawyer lawyers representative spokesman's candidate's"""
)
"""Words in front of a name or a nominal head that describe the source (``campaign spokesman``,
``senior official``)."""

RELATIVE_WORDS = word_set("who which whose whom that")
"""Words that open a relative clause after a name (``Smith, who …``): not a role."""

INSTITUTIONS = word_set("senate congress parliament assembly pentagon kremlin knesset bundestag")
"""Institutions named by one word: an office of its own in a role (``Senate candidate``),
where another ordinary word opening a role is not (``Campaign manager``)."""

PUNCTUATION = frozenset(".,;:!?—–-()…―")
"""Marks that are not words (a sentence of quotations and these stands alone)."""

INVERTING_VERBS = word_set(
    """say add write continue explain note ask reply respond declare insist argue tweet
    recall warn conclude counter observe remark state announce"""
)
"""Lemmas of the reporting verbs that put their subject after them (``…, said Trump``, ``…,
added the senator``)."""

DASHES = frozenset({"—", "–", "-", "―"})
"""Dashes, as tokens."""

NOT_ROLES = word_set(
    """however meanwhile too though instead therefore nonetheless nevertheless also then now
    again still yet indeed moreover furthermore apparently""")
"""Single words set off by commas after a name that are adverbs, not roles (``Hunter, meanwhile,
said``)."""

OPENING_MARKS = frozenset({"“", '"', "‘", "'", "(", "[", "''", "``", "—", "–", ":"})
"""Marks after which a capital is forced (quote marks, brackets, dashes, a colon)."""

FUNCTION_WORDS = word_set(
    """and or but nor that which who whom whose the a an to of for in on at by with from as
    if than then so yet not also this these those there here it its is was were are be been
    has have had do does did will would can could may might must should shall about into
    over under after before while when where because although though"""
)
"""Words that never end a noun phrase naming a source."""

NOT_ROLE_WORDS = (DETERMINERS | FUNCTION_WORDS) - word_set("senior")
"""Words that make no role on their own, however many of them (``the`` before ``the
Ministry of Water``, ``one of the``): a role of only these is no role."""

AFTER_SPEAKER = word_set(
    """in on at during while after before when to told in as about of last this on via
    monday tuesday wednesday thursday friday saturday sunday yesterday today"""
)
"""Words that may follow a speaker at the end of its clause (``said Trump in a statement``, ``…,
he said Monday``)."""

OCCASION_PREPOSITIONS = word_set("in on during at")
"""Prepositions that may begin where or when words were said (``in a statement``)."""

OCCASION_WORDS = word_set(
    """interview conference briefing speech hearing broadcast podcast address remarks
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday"""
)
"""Words (with ``DOCUMENT_HEADS``) that say what or when something was said: after a
source's words and one of ``OCCASION_PREPOSITIONS``, they end the source."""

QUOTING_VERBS = word_set("quoted quotes quoting cited cites citing")
"""Verbs whose object is the one whose words follow ``as saying`` (``X quoted Y as
saying``)."""

INDEFINITE_SOURCES = word_set("one another others some many several both most")
"""Words that are an unnamed source alone beside a reporting verb (``"…," one said``,
``said another``)."""

SAYING_NOUNS = word_set("quote quotation line adage maxim motto dictum")
"""Nouns for a saying that its author's name may stand before (``the Chuck Jones quote that
"…"``)."""

BE_FORMS = word_set("is was were are be been being am")
"""Forms of *be* (before a past participle: a passive, ``was told``)."""

PASSIVE_SPEECH_VERBS = word_set("told informed warned assured reminded advised")
"""Reporting verbs whose passive names the speaker after ``by`` (``was told by the chief``);
the one told is not the source."""

INFINITIVE_CUES = word_set(
    """say tell add write explain ask answer note argue claim insist declare announce warn
    describe call reply respond suggest predict promise mention recall"""
)
"""Lemmas of the reporting verbs that are cues after ``to`` (``went on to say``)."""

RESTRICTED_CUES = {
    "read": frozenset({"read", "reads"}),
    "remember": frozenset({"remembered", "remembers"}),
    "post": frozenset({"posted"}),
    "share": frozenset({"shared"}),
    "begin": frozenset(),
    "speak": frozenset(),
    "radio": frozenset({"radioed"}),
    "continue": frozenset({"continued", "continues", "continuing"}),
    "refer": frozenset({"referring", "referred"}),
    "quote": frozenset({"quoting", "quoted"}),
    "cite": frozenset({"citing", "cited", "cites"}),
    "figure": frozenset(),
    "order": frozenset({"ordered"}),
    "project": frozenset({"projected"}),
    "reason": frozenset({"reasoned"}),
    "estimate": frozenset({"estimated"}),
    "question": frozenset({"questioned"}),
    "attack": frozenset({"attacked"}),
    "term": frozenset({"termed"}),
    "brand": frozenset({"branded"}),
    "challenge": frozenset({"challenged"}),
    "address": frozenset(),
    "find": frozenset({"found", "finds"}),
}
"""Reporting verbs that are cues only in these forms (lemma -> forms): ``read`` in ``the sign
read``, not ``reading``."""

QUOTATION_ONLY_CUES = word_set("found finds")
"""Cues only before ``that`` or a quotation (``The study found that "…"``; not ``she found
him "charming"``), and only beside a quotation: a sentence with none reports no one's words
(``Police found that the car was stolen``), so its subject is no source."""

NOUN_LIKE_CUES = word_set(
    """comment report answer claim note charge quote tweet post reply promise pledge vow
    demand plea question attack insult defense remark warning statement response boast joke
    quip shout cry whisper mutter lament complaint counter repeat state recount chant
    sing praise thank blame label brand term call dub rant rave echo sigh order challenge
    contest dispute reveal conclude confirm deny testify suggest predict report maintain
    stress caution forecast guarantee swear comment mention insist rate share project
    estimate figure"""
)
"""Lemmas whose base and -s forms are more often nouns (``comment``, ``claims``): cues only
after a subject-like word."""

SPEECH_NOUNS = word_set(
    """message reply answer response verdict advice warning view argument point explanation
    reaction retort assessment conclusion words comment comments remark remarks statement
    plea promise pledge prediction diagnosis prescription instruction instructions request
    question"""
)
"""Nouns for what someone says, which name their speaker through a possessive before a colon
(``Her message to commuters was clear: "…"``)."""

BEFORE_MODIFIER_NAME = word_set("a an his her its their our my your this that")
"""Words before a name that make the name a modifier of a noun-like cue after it (``a
Twitter comment``, ``her Facebook post``): the cue is a noun."""

CLAIM_NOUNS = word_set(
    """claim claims assertion insistence vow boast quip suggestion charge accusation
    allegation observation admission declaration contention"""
)
"""Nouns for a claim, which with ``SPEECH_NOUNS`` name their speaker by a possessive before
``that`` and a quotation (``her comment that, "…"``, ``Trump's claim that "…"``)."""

POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "their": "they", "its": "it"}
"""Possessive pronouns, with the subject pronoun that refers to the same one."""

ROLE_STARTS = word_set("a an the his her their its our one another")
"""Words that open a role set off after a name (``Ryan Luby, a spokesman for …``)."""

MEDIUM_PREPOSITIONS = word_set("on to with in for")
"""Prepositions before where something was said (``on CNN``, ``to reporters``, ``in an interview
with``)."""

PLATFORMS = word_set(
    "twitter facebook instagram youtube tiktok reddit linkedin snapchat truth medium"
)
"""Social networks and platforms that are a medium (``wrote on Twitter``)."""

SIGN_WORDS = word_set(
    """banner banners sign signs placard placards poster posters t-shirt t-shirts shirt shirts
    billboard billboards graffiti slogan slogans sticker stickers flag flags plaque plaques
    headline headlines caption captions inscription"""
)
"""Things whose words a quotation may give (``banners reading "…"``): a title, not speech."""

ACCOUNT_HEADS = word_set("account accounts feed feeds handle channel page website site")
"""Nouns for where an owner publishes (``the agency's Twitter account posted``): what it
says is the owner's words."""

OWNED_MEDIUM_MODIFIERS = PLATFORMS | word_set(
    "official verified social media own press written annual latest new x"
)
"""Words between an owner and its document or account (``the agency's official Twitter
account``, ``Moss's written statement``)."""


SUBJECT_PRONOUNS = word_set("he she they it we i")
"""Pronouns that may be the source of a reporting verb."""

ARTICLES = word_set("the a an")

PHRASE_INNER_NOT_ARTICLES = PHRASE_INNER_WORDS - ARTICLES
"""The small words inside a noun phrase that cannot begin one."""

TAIL_PREPOSITIONS = word_set("for of at with in from on")
"""Prepositions that join the phrases after a description's head (``the chief officer of a
rural hospital in Marlow County``)."""

ROLE_PREPOSITIONS = word_set("for of at with")
"""Prepositions that join a role to its organization (``a spokesman for the city``)."""

INNER_DETERMINERS = word_set("one two three several some many both other top senior")
"""Determiners a nominal may reach back past (``the two officials``, ``the top aide``)."""

BEFORE_NOUN_LIKE_CUES = word_set("also often now still later who")
"""Words before a noun-like cue (``comment``, ``claims``) that make it a verb (``who claims``)."""

COMMA_AND_DASHES = frozenset({",", "—", "–", "-", "―"})
"""Marks between a quotation and the attribution after it (``"…," said``, ``"…" — said``)."""

DATELINE_DASHES = frozenset({"—", "–", "-", "--", "―"})
"""The dash that ends a dateline (``WASHINGTON —``)."""

APPOSITIVE_ENDS = frozenset({",", ".", ";", ":", "—", "(", ")"})
"""Marks that end a role set off after a name (``said NAME, a spokesman for X.``)."""

CLAUSE_END_MARKS = frozenset({".", ",", ";", ":", "!", "?", "(", "—", "–"})
"""Marks that end the clause of a speaker (``…, said Trump.``)."""


# ---- quotations that are nobody's words (attribution.rules)

TITLE_CUES = word_set(
    """titled entitled dubbed nicknamed episode book film movie documentary show program
    programme song album series column headline hashtag slogan magazine newspaper
    broadcast segment podcast play musical novel memoir poem drama comedy thriller short
    feature opera ballet exhibition painting sculpture installation videogame anthology
    single symphony concerto strand"""
)
"""Words before a quoted title, nickname or name of a work (``the film “…”``): not a quotation."""

TITLE_FOLLOWERS = word_set(
    """star stars co-star host hosts co-host actor actress creator author director producer
    writer showrunner episode premiere finale"""
)
"""Words after a quoted title that make it one (``“Harbour Lights” star Jane Roe``)."""

TITLE_MEDIA_BEFORE = word_set("on told")
"""Words before a quoted title that name a programme or a paper spoken to or on (``told
“Fox and Friends,”``, ``appear on “The View”``)."""

TITLE_SMALL_WORDS = word_set("of the a an and in on to for with at is it by")
"""Lowercase words a title may hold (``Fear and Loathing in Las Vegas``)."""

BEFORE_TITLES = word_set("on of in called the at from watching read reading")
"""Words just before a quoted title (``appeared on “…”``, ``called “…”``)."""

FUNCTION_WORDS_AFTER = word_set(
    """for to of in and or nor that as on at with by but because from over about which who
    whom when while if is was are were be been has have had will would could should can may
    might than into onto during after before since until against among between through"""
)
"""Words after a short quoted word showing it is not used as a modifier before a noun (``“quack”
for``)."""


# ---- pronouns (attribution.coref)

FEMININE_ENDINGS = ("a", "ie", "ine", "elle", "ette", "lyn", "een")
"""Endings of first names that are usually a woman's (Fatima, Marisol, Jolene)."""

MASCULINE_EXCEPTIONS = word_set("luca joshua ezra nikita andrea garcia costa mustafa elijah")
"""Men's first names with a feminine ending."""

GROUP_HEADS = ORG_WORDS | word_set(
    """campaign administration department agency office police newspaper paper magazine
    network outlet site website publication group organization committee commission council
    board panel court statement report memo letter study poll survey party government team
    company firm union family"""
)
"""Head nouns of a group or organization, the antecedents of ``they`` and ``it`` (``the
campaign``)."""

ADVERB_SUFFIX = "ly"
"""How an adverb between a subject and its verb ends (``reportedly said``)."""


# ---- speakers: unnamed sources, documents, pronouns and role nouns (attribution.rules, coref)

DOCUMENT_HEADS = word_set(
    """study studies report reports paper papers statement statements letter letters memo
    update updates
    memos memorandum decree order ruling judgment judgement opinion filing filings lawsuit
    complaint indictment affidavit release document documents survey poll polls analysis
    review audit assessment constitution amendment article clause act bill law charter
    treaty agreement resolution declaration manifesto petition notice guidance guidelines
    policy rule rules regulation regulations proposal plan budget transcript minutes
    tweet tweets post posts email emails message messages video ad ads website page book
    editorial column essay blog sign label warning advisory bulletin summary proclamation
    proclamations citation ordinance communique communiqué readout brief motion warrant
    newsletter accord statute forecast forecasts suit decision"""
)
"""Head nouns of documents, which speak for themselves when no author is named (``the study
found``, ``the decree reads``): the description is then the speaker, not an unnamed source."""

PEOPLE_HEADS = word_set("people men women spokespeople staff crew residents neighbours neighbors")
"""Plural heads of descriptions of people beside the plurals of ``PERSON_HEADS``."""

SUBJECT_MAY_FOLLOW = word_set(
    """and or but nor yet so then while as when whenever because since that if although though
    where whereas after before until unless once who which whom whose also meanwhile however
    still now later earlier today yesterday tonight instead only even just first finally
    ago week weeks month months year years night morning afternoon evening day days weekend
    decade time there here thus therefore indeed moreover furthermore besides otherwise"""
)
"""Lowercase words after which a name may still be the subject of its clause (``and Smith``,
``Last week Smith``); after any other lowercase word (a verb, a preposition) it is not."""

DEMONYMS = word_set(
    """afghan albanian algerian american andorran angolan argentine argentinian armenian
    australian austrian azerbaijani bahraini bangladeshi belarusian belgian beninese bolivian
    bosnian brazilian british briton bulgarian burmese burundian cambodian cameroonian
    canadian chadian chilean chinese colombian congolese croatian cuban cypriot czech danish
    dutch ecuadorian egyptian emirati english eritrean estonian ethiopian european filipino
    finnish french gabonese gambian georgian german ghanaian greek guatemalan guinean haitian
    honduran hungarian icelandic indian indonesian iranian iraqi irish israeli italian
    ivorian jamaican japanese jordanian kazakh kenyan korean kosovar kuwaiti kyrgyz lao
    latvian lebanese liberian libyan lithuanian luxembourgish macedonian malagasy malawian
    malaysian malian maltese mauritanian mexican moldovan mongolian montenegrin moroccan
    mozambican namibian nepalese nigerian nigerien nicaraguan norwegian omani pakistani
    palestinian panamanian paraguayan persian peruvian polish portuguese qatari romanian
    russian rwandan salvadoran saudi scottish senegalese serbian sierra singaporean slovak
    slovenian somali spanish sri sudanese swedish swiss syrian taiwanese tajik tanzanian
    thai togolese tunisian turkish turkmen ugandan ukrainian uruguayan uzbek venezuelan
    vietnamese welsh yemeni zambian zimbabwean african asian arab arabian caribbean
    latin nordic scandinavian balkan baltic western eastern northern southern soviet
    kurdish tibetan uyghur chechen crimean flemish catalan basque bavarian"""
)
"""Nationalities and regions as adjectives (``Greek``, ``Turkish-Libyan``): never a person."""

DEMONYM_NOUNS = (DEMONYMS - word_set("british english french dutch irish welsh scottish")) | (
    word_set(
    """spaniard dane swede finn pole scot turk welshman welshwoman frenchman frenchwoman
    dutchman dutchwoman englishman englishwoman irishman irishwoman scotsman scotswoman kiwi
    zealander lankan""")
) | frozenset(_CITY_DEMONYMS := {
    "glaswegian": "glasgow", "londoner": "london", "mancunian": "manchester",
    "liverpudlian": "liverpool", "dubliner": "dublin", "parisian": "paris", "berliner": "berlin",
    "muscovite": "moscow", "bostonian": "boston", "aucklander": "auckland",
    "sydneysider": "sydney", "melburnian": "melbourne", "torontonian": "toronto",
    "chicagoan": "chicago", "geordie": "newcastle",
})
"""Nouns for a person by their country (``the Spaniard said``, ``the Briton``): a description
of someone named before, as sports reports write them."""


def demonym_noun(low: str) -> bool:
    """Whether a lowercased word is a noun for a person by their country, city or county
    (``DEMONYM_NOUNS``, or a place's name with ``man``/``woman``: ``the Corkman``, ``the
    Yorkshirewoman``)."""
    return low in DEMONYM_NOUNS or (
        low.endswith(("man", "woman")) and len(low) > 6 and low not in FIRST_NAMES
        and not low.endswith(("chairman", "chairwoman", "spokesman", "spokeswoman")))

DEMONYM_FORMS = {
    **{noun: (city, noun) for noun, city in _CITY_DEMONYMS.items()},  # the Glaswegian
    "spaniard": ("spanish", "spain", "spaniard"),
    "briton": ("british", "britain", "united kingdom", "england", "english", "scotland",
               "scottish", "wales", "welsh", "briton"),
    "dane": ("danish", "denmark", "dane"), "swede": ("swedish", "sweden", "swede"),
    "finn": ("finnish", "finland", "finn"), "pole": ("polish", "poland", "pole"),
    "scot": ("scottish", "scotland", "scot"), "turk": ("turkish", "turkey", "türkiye", "turk"),
    "frenchman": ("french", "france"), "frenchwoman": ("french", "france"),
    "dutchman": ("dutch", "netherlands"), "dutchwoman": ("dutch", "netherlands"),
    "englishman": ("english", "england"), "englishwoman": ("english", "england"),
    "irishman": ("irish", "ireland"), "irishwoman": ("irish", "ireland"),
    "welshman": ("welsh", "wales"), "welshwoman": ("welsh", "wales"),
    "scotsman": ("scottish", "scotland"), "scotswoman": ("scottish", "scotland"),
    "kiwi": ("new zealand", "new zealander", "kiwi"),
    "zealander": ("new zealand", "new zealander", "kiwi"), "lankan": ("sri lanka", "sri lankan"),
}
"""The words that place a person in the country a demonym noun names (``Spanish``,
``of Spain``); a demonym that is its own adjective (``the Kenyan``) is placed by itself."""

DEMONYM_PREFIXES = word_set("new south north east west sri puerto costa saudi")
"""First words of demonyms of two words (``the New Zealander``, ``the South African``)."""

AFFILIATION_WORDS = word_set("of at from")
"""Words between a person and their organization (``Kelly Dittmar of Rutgers University``)."""

SUBJECT_PREPOSITIONS = word_set("in on at of for from with by into about over under than like")
"""Prepositions before a phrase that show it is no subject of the verb after it (``in Ballot
Access News comments``)."""

GENERIC_ORG_HEADS = word_set(
    """company firm project group organization organisation business brand startup maker
    manufacturer retailer developer publisher studio label charity nonprofit club team side
    consortium union agency authority ministry museum hospital network broadcaster newspaper
    airline operator carrier utility insurer lender regulator watchdog trust foundation
    festival league federation association tournament"""
)
"""Heads of descriptions of an organization by its kind, not by its name (``the company``)."""

ORG_KINDS = {
    "agency": word_set(
        """department administration bureau service commission authority office agency
        centers centres ministry directorate inspectorate survey fbi cia nsa epa fda cdc nasa
        noaa usgs faa ntsb fema ftc fcc sec dea atf cbp tsa usda hhs nih nsf dhs doj irs osha
        nrc sba uscis"""),
    "company": word_set(
        """inc inc. corp corp. llc ltd ltd. plc co. labs technologies systems industries holdings
        motors airlines foods pharmaceuticals aerospace energy resources partners capital
        ventures software brands studios markets supermarkets stores bancorp insurance
        airways railways utilities telecom communications brewery brewing semiconductors
        semiconductor electronics chemicals chemical pharma biotech therapeutics mining
        minerals petroleum shipping automotive robotics logistics biosciences bioscience
        genomics diagnostics biologics biopharma"""),
    "lender": word_set("bank bancorp banking"),
    "retailer": word_set("markets supermarkets stores mart"),
    "grocer": word_set("markets supermarkets foods"),
    "chain": word_set("markets supermarkets stores restaurants"),
    "airline": word_set("airlines airways"),
    "carrier": word_set("airlines airways telecom"),
    "insurer": word_set("insurance assurance"),
    "broadcaster": word_set("broadcasting television tv radio"),
    "utility": word_set("utilities utility water power electric"),
    "union": word_set("union unions confederation federation"),
    "party": word_set("party alliance front movement coalition"),
    "force": word_set("police constabulary"),
    "club": word_set("rovers wanderers albion hotspur athletic fc afc united city town rangers"),
    "district": word_set("district"),
    "label": word_set("records recordings music"),
    "publisher": word_set("books press publishing publishers"),
    "newspaper": word_set("times post herald gazette tribune journal chronicle courier"),
    "paper": word_set("times post herald gazette tribune journal chronicle courier"),
}
ORG_KINDS["firm"] = ORG_KINDS["manufacturer"] = ORG_KINDS["company"]
ORG_KINDS["team"] = ORG_KINDS["side"] = ORG_KINDS["club"]
"""Kinds of organization a description may name them by (``the agency`` for a Department of
Public Health, ``the company`` for Vantor Aerospace), with the words of names of that kind."""

_DOER_PAIRS = """produced:producer directed:director written:writer coached:coach
    founded:founder organised:organiser organized:organizer designed:designer edited:editor
    managed:manager owned:owner chaired:chair hosted:host composed:composer
    illustrated:illustrator photographed:photographer curated:curator captained:captain
    trained:trainer painted:painter narrated:narrator presented:presenter
    conducted:conductor invented:inventor choreographed:choreographer led:leader
    authored:author"""
DOERS = dict(pair.split(":", 1) for pair in _DOER_PAIRS.split())
"""Who a passive verb's agent is (``The album was produced by Devlin Hope``: the producer),
a role ``the producer`` may mean later."""

ROLE_SYNONYMS = {
    "attorney": ("lawyer",), "solicitor": ("lawyer",), "barrister": ("lawyer",),
    "counsel": ("lawyer",), "advocate": ("lawyer",), "manager": ("boss",), "coach": ("boss",),
    "ceo": ("boss", "executive"), "chairman": ("boss",), "skipper": ("captain",),
    "captain": ("skipper",), "justice": ("judge",), "magistrate": ("judge",),
    "investigator": ("researcher",), "scientist": ("researcher",), "professor": ("researcher",),
    "commanding": ("commander",), "writer": ("author", "biographer"), "author": ("writer",),
    "novelist": ("writer", "author"), "journalist": ("reporter", "writer"),
    "reporter": ("journalist",), "singer": ("frontman", "frontwoman", "vocalist"),
    "vocalist": ("singer", "frontman", "frontwoman"), "inspector": ("officer",),
    "sergeant": ("officer",), "constable": ("officer",), "detective": ("officer",),
    **{abbreviation: (word, "officer") if word in (
        "sergeant", "detective", "inspector", "constable") else (
        word,) for word, abbreviations in (
        ("governor", "gov gov."), ("senator", "sen sen."), ("representative", "rep rep."),
        ("sergeant", "sgt sgt."), ("detective", "det det. dc ds di dci dsi"),
        ("constable", "pc const const."), ("lieutenant", "lt lt."),
        ("captain", "capt capt."), ("colonel", "col col."), ("general", "gen gen."),
        ("major", "maj maj."), ("commander", "cmdr cmdr."), ("admiral", "adm adm."),
        ("professor", "prof prof."), ("superintendent", "supt supt."),
        ("inspector", "insp insp."), ("councillor", "cllr cllr. coun coun."), ("doctor", "dr dr."),
    ) for abbreviation in abbreviations.split()},
    **{office: ("official",) for office in (
        "administrator", "commissioner", "minister", "spokesman", "spokeswoman",
        "spokesperson", "superintendent", "coordinator", "undersecretary", "registrar")},
    "director": ("official", "boss"), "secretary": ("boss",), "president": ("boss",),
    "leader": ("boss",),
}
"""Other words a description may use for a role (``the lawyer`` for an attorney, ``the boss``
for a manager)."""

PROSECUTING_WORDS = word_set("district prosecuting state's county crown assistant u.s.")
"""Words that make an attorney's role a prosecutor's (``Deputy District Attorney``)."""

UNNAMED_ROLE_HEADS = word_set(
    """source official spokesman spokeswoman spokesperson aide adviser advisor man woman person
    friend witness host moderator anchor judge nurse officer attorney lawyer doctor physician
    ambassador agent detective prosecutor reporter correspondent editor writer author
    columnist activist analyst economist strategist pollster"""
)
"""Heads of descriptions that, with no name or role matching them, are someone the article
has not named rather than the person just named (``the judge`` after a lawyer's words)."""

PERSON_DESCRIPTION_HEADS = word_set(
    """head victim survivor passenger patient suspect defendant plaintiff caller driver
    pilot captain guard mother father daughter son widow widower neighbour neighbor
    democrat republican tory briton fan attendee spectator visitor shopper commuter customer
    tenant homeowner motorist pedestrian villager onlooker bystander local tourist traveller
    traveler participant delegate guest viewer listener reader parishioner worshipper
    volunteer diplomat envoy usher sailor soldier medic cleric priest pastor imam rabbi monk
    nun chef cook clerk cop detective constable ranger surgeon dentist midwife paramedic
    pharmacist vet farmer shepherd miner mechanic technician engineer architect artist poet
    novelist actor actress singer musician dancer athlete player striker goalkeeper defender
    referee umpire jockey pilgrim migrant immigrant hostage prisoner inmate juror landlord
    shopkeeper vendor trader merchant banker teenager boy girl child fisher drummer guitarist
    bassist pianist songwriter fiddler violinist cellist vocalist rapper composer saxophonist
    trumpeter organist painter sculptor comedian filmmaker photographer designer biographer
    historian debutant debutante newcomer rookie veteran finalist"""
)
"""Heads of descriptions of one person beside ``PERSON_HEADS`` (``the head of …``, ``one of the
victims``), which a later he or she may refer to."""

INDEFINITE_OPENERS = word_set("one a an another")
"""Words that open a description of someone not named before (``One agent``, ``a nurse``)."""

ONE_OF = word_set("one each either neither another")
"""Words that pick one of a group (``One of the victims``): a description of one person."""

ROLE_CONNECTORS = word_set("and")
"""Small words inside a role written before a name (``trade and industry commissioner``)."""

PARTNER_WORDS = word_set(
    "his her their its fellow colleague colleagues co-author wife husband partner"
)
"""Words between two people named as one subject (``Haddad and his colleague Mia Stone``)."""

SUBORDINATORS = word_set(
    "when while after before as because although though if since once until unless whereas"
)
"""Words opening a subordinate clause before a sentence's subject (``When X pointed out …, Y
seized …``): a reporting verb inside it is the clause's, not the sentence's."""

DESCRIPTION_INNER_WORDS = word_set("of from for at with")
"""Small words inside a description of a source (``a statement from his family``)."""

FAMILY_WORDS = word_set(
    """grandmother grandfather grandson granddaughter aunt uncle cousin niece nephew fiance
    fiancee partner stepfather stepmother relative relatives family"""
)
"""Relatives, which describe a source (``the boy's grandmother said``)."""

AGENT_SUFFIXES = ("er", "or", "ist", "ant", "ent", "ian", "eer", "man", "person")
"""Endings of nouns for someone who does something (``operator``, ``cyclist``,
``fisherman``, ``chairperson``)."""

NOT_AGENT_NOUNS = word_set(
    """water order other under after never number matter letter paper report center centre
    border corner summer winter weather power tower river member parliament government
    department statement agreement moment comment event percent recent current"""
)
"""Words with those endings that are no description of a person (``water``, ``statement``)."""


# ---- quotations: cues of speech, interviews, scare quotes (news.quotes, attribution.cues,
# attribution.pipeline)

QUOTATIVE_BE = word_set("is was were are be been being am ’m 'm ’re 're ’s 's")
"""Forms of *be* before a quotative ``like`` (``she’s like, "…"``, ``they were like "…"``)."""

NOT_QUOTATIVE_SUBJECTS = word_set("it this that there which what these those")
"""Subjects of *be like* that compare rather than quote (``it was like "a war zone"``)."""

NAMING_NOUNS = word_set(
    """term terms phrase phrases expression expressions slogan slogans motto mottos label labels
    nickname nicknames hashtag hashtags title titles name names sign signs banner banners
    poster posters placard placards catchphrase catchphrases buzzword buzzwords acronym
    moniker monikers tagline taglines anthem anthems hymn hymns"""
)
"""Nouns that name words, before a quoted term, name or title (``the term “…”``): not a
quotation. ``words`` is not one: ``the words “…”`` are often somebody's."""

NAMING_PARTICIPLES = word_set(
    "called named dubbed nicknamed termed labeled labelled titled entitled branded code-named"
    " codenamed"
)
"""Participles that introduce a name or a term (``a process called “…”``, ``was dubbed “…”``)."""

NAMING_LEMMAS = word_set("call dub term label brand name nickname title")
"""Reporting verbs that may name rather than quote (``they call it “…”``)."""

DEFINING_VERBS = word_set("is are means refers describes")
"""Verbs after a quoted term that opens a definition (``A “tidal prism” is …``)."""

TITLE_MAX_WORDS = 12
"""The most words of a quoted title in title case (``the “Clean Harbours Act 2024”``)."""

TERM_PREPOSITIONS = word_set("for of in on with from by at into under")
"""Prepositions after which a quoted lowercase fragment that no cue vouches for is a term
(``arrested for “reckless loitering”``), not words said."""


# ---- built from the lists above (attribution.pipeline, for people)

NOT_AFFILIATION_WORDS = TITLES | NAME_TITLE_WORDS | POSTNOMINALS | DEMONYMS | ARTICLES
"""Capitalized words of a role that are not the organization in it (``Nigerian Grandmaster``,
``Conservative MP``: no affiliation but the party)."""

"""Hand-written validation questions for the XRP Ledger FAQ (faq/faq.md).

Written from the FAQ text alone. IN_SCOPE: (question, expected section id);
OUT_OF_SCOPE: questions about the XRP Ledger that no FAQ section answers.
21 sections: 18 of them have 3 questions, 3 have 2 (60 in-scope in total).
"""

PRIV = "is-xrpl-a-private-blockchain-owned-by-ripple"
POW = "isnt-proof-of-work-the-best-validation-mechanism"
SUST = "how-can-a-blockchain-be-sustainable"
CURR = "can-currencies-other-than-xrp-be-traded-through-xrpl"
PAYM = "isnt-xrpl-only-for-payments"
VSERV = "what-service-do-transaction-validators-provide"
VCOST = "how-much-does-it-cost-to-run-a-validator"
UNL = "what-are-unique-node-lists-unls"
WUNL = "which-unl-should-i-select"
RUNL = "if-ripple-recommends-adoption-of-its-unl-doesnt-that-create-a-centralized-system"
INCENT = "what-is-the-incentive-structure-for-validators"
FININST = ("can-financial-institutions-set-up-transaction-validators-to-help-them-"
           "meet-specific-institutional-standards-and-requirements")
DISAGREE = ("what-happens-if-more-than-20-of-nodes-within-the-network-do-not-agree-"
            "with-the-majority-how-is-the-final-version-of-the-ledger-chosen")
ADDVAL = "does-the-xrp-ledger-have-a-formal-process-for-adding-validators"
DUNL = "if-the-dunl-has-the-most-influence-on-the-network-then-is-the-xrpl-centralized"
XRP = "what-purpose-does-xrp-serve"
FLOOD = "how-does-the-xrp-ledger-respond-to-transaction-floods"
AML = "what-about-money-laundering-and-suspicious-economic-activity"
REVIEW = "what-is-the-process-for-reviewing-third-party-code-contributions"
OWN = "does-ripple-own-or-control-the-xrp-ledger-or-xrp-ledger-network"
CODEBASE = ("does-the-xrp-ledger-distinguish-between-the-codebase-for-validation-"
            "and-the-one-for-user-software")

IN_SCOPE = [
    # public vs private chain
    ("is xrpl a permissioned chain? like does ripple own it the way a bank owns its internal ledger", PRIV),
    ("My coworker keeps saying the XRP Ledger is basically Ripple's private database and not a real public blockchain. Who's right here?", PRIV),
    ("can ripple just push a protocol change on its own or does some % of the network have to approve it first", PRIV),

    # proof of work
    ("no mining at all?? then how does xrpl stop double spends without proof of work", POW),
    ("isnt PoW just strictly better security wise? why didnt they use it for xrpl", POW),
    ("Bitcoin guy here, not trolling: PoW is the only thing that ever solved double spending without a trusted third party. Why should I believe your consensus thing does the same job?", POW),

    # sustainability
    ("how much energy does xrpl use compared to bitcoin, is it actually green", SUST),
    ("writing a uni essay on crypto and climate change - is the XRP Ledger really carbon neutral or is that just marketing?", SUST),
    ("does the xrp ledger burn tons of electricity like btc miners do", SUST),

    # other currencies / tokens
    ("can i issue my own token on xrpl? like a usd stablecoin or loyalty points for my shop", CURR),
    ("is it only XRP on the ledger or can other assets like euros or gold be traded too", CURR),
    ("We're a small remittance startup and want to put EUR and USD balances on-chain. Does the ledger support currencies that aren't XRP, or is XRP the only thing you can hold?", CURR),

    # only payments?
    ("is xrpl just for payments or can u do nfts and stuff", PAYM),
    ("does the xrp ledger have smart contracts at all? heard something about hooks and an AMM", PAYM),
    ("i always thought xrpl was a payments-only chain, what else do people use it for", PAYM),

    # what validators do
    ("whats the difference between a normal node and a validator? what do validators actually do", VSERV),
    ("if every server already checks that transactions are valid, why do we even need validators", VSERV),
    ("what job do validators do in xrpl exactly? is it ordering the transactions or something", VSERV),

    # validator cost
    ("do i need to stake xrp to run a validator? how expensive is it", VCOST),
    ("roughly how much does it cost to keep a validator running", VCOST),
    ("thinking of running a validater on my homelab box. are there any fees or a minimum XRP deposit I have to lock up?", VCOST),

    # what is a UNL
    ("wat is a UNL 🤔 keeps showing up in the validator docs", UNL),
    ("newbie question: what does unique node list mean", UNL),
    ("ok dumb q but what's a dUNL vs a UNL", UNL),

    # which UNL to pick
    ("which validator list should i put in my config? who publishes good ones", WUNL),
    ("setting up my first xrpl server, what UNL should I choose", WUNL),
    ("are there other trusted publishers of default validator lists besides ripple?", WUNL),

    # Ripple's recommended UNL -> centralized?
    ("ripple publishes a recommended validator list and basically everyone follows it, so isnt that centralized af", RUNL),
    ("what happens if ripple goes rogue and starts acting maliciously, given everyone uses its list?", RUNL),
    ("if ripple went bankrupt tomorrow would the ledger keep running? most servers trust their UNL from what I understand", RUNL),

    # validator incentives
    ("why would anyone run a validator if there's no block reward?", INCENT),
    ("what do validators get paid? in bitcoin miners at least earn coins", INCENT),
    ("whats in it for the companies running validators, there's no xrp reward right? seems like charity", INCENT),

    # institutions customizing validators
    ("can our bank run a validator that only approves transactions passing our compliance rules?", FININST),
    ("is it possible for a financial institution to customize its validator policy so it rejects some transactions", FININST),

    # >20% disagree / halt / final version
    ("what happens if like a quarter of the validators disagree with everyone else? does the chain split", DISAGREE),
    ("can the xrp ledger halt if consensus cant be reached?", DISAGREE),
    ("How does xrpl decide which ledger version is the final one when different servers receive transactions in a different order?", DISAGREE),

    # adding validators
    ("how do i get my validator added to the default list? is there an application form or something", ADDVAL),
    ("is there an official procedure to become a trusted validator on xrpl", ADDVAL),
    ("who decides which validators get added to or removed from the lists, is there some committee", ADDVAL),

    # dUNL influence -> centralized? / custom UNL, forking
    ("can i run my own custom UNL instead of the default one, or will my server fork off the network", DUNL),
    ("how much overlap does my unl need with everyone else's to stay on the same chain?", DUNL),
    ("the default UNL pretty much decides everything on the network, doesn't that make xrpl centralized?", DUNL),

    # purpose of XRP
    ("what is the xrp token actually for? why does the ledger need a native coin at all", XRP),
    ("whats the point of xrp if anyone can issue any currency on the ledger anyway", XRP),
    ("what's the use case of XRP itself, not the ledger", XRP),

    # transaction floods / spam
    ("what stops someone from spamming the ledger with millions of tiny transactions?", FLOOD),
    ("during a spam attack do fees go up? how does xrpl deal with tx floods", FLOOD),
    ("couldnt a whale tank the xrp price and then flood the network with txs for cheap?", FLOOD),

    # money laundering
    ("isnt xrpl a haven for money laundering? so many scams around", AML),
    ("we run a small exchange and need to screen incoming deposits. does anyone monitor the XRP Ledger for AML red flags or illicit funds?", AML),
    ("is there some kind of advisory list of scam / fraud accounts on xrpl", AML),

    # code review
    ("how do outside PRs to rippled get reviewed before they ship", REVIEW),
    ("if I submit a pull request to the XRPL server code, what's the review process and who approves it?", REVIEW),

    # does Ripple own/control, rippled binaries
    ("who actually writes rippled? is it ripple's software, and do I have to run their prebuilt binaries", OWN),
    ("does ripple control the network since their engineers make the main server software?", OWN),
    ("can i compile rippled from source myself or am i stuck with ripple's packages", OWN),

    # client libraries vs server codebase
    ("are the client libs like xrpl.js part of the same codebase as the validator software?", CODEBASE),
    ("if i build my app with one of the xrpl libraries, am i running the same code that validates transactions?", CODEBASE),
]

OUT_OF_SCOPE = [
    "how do i generate a new xrpl wallet address and keypair",
    "why is 10 XRP locked in my account that I can't send? some reserve thing?",
    "forgot the destination tag when sending xrp to my exchange, how do i get it back",
    "lost my secret key / family seed, is there any way to recover the account",
    "where can i get free test xrp on the testnet faucet",
    "how do i set up an escrow to time-lock some XRP until next year",
    "how do i configure multi-signing on my account so 2 of 3 keys are needed",
    "how can i check if my transaction with a given hash actually succeeded",
    "how many drops are in one xrp? whats the smallest amount i can send",
    "how do I subscribe to the ledger stream over websocket to get new ledgers as they close",
    "can i use my ledger nano hardware wallet with xrpl? how do i connect it",
    "how do payment channels work for micropayments on xrpl",
    "how do i set a regular key so i can keep my master key offline",
    "how do i add a memo to a payment transaction",
    "can i delete my xrpl account and get the reserve back?",
]

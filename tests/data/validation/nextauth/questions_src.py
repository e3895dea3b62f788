"""Questions for the blind NextAuth.js FAQ validation set (faq/faq.md).

Written by hand from the FAQ text alone, the way users type in a GitHub
discussion or on Discord. IN_SCOPE items are (question, section id); the id is
the one section of sections.txt whose answer is most directly about it.
OUT_OF_SCOPE items are questions a NextAuth.js user could plausibly ask but
that no FAQ section answers (expect null).
"""

IS_COMMERCIAL = "is-nextauthjs-commercial-software"
DB_COMPAT = "what-databases-does-nextauthjs-support"
AUTH_SERVICES = "what-authentication-services-does-nextauthjs-support"
USER_PASS = "does-nextauthjs-support-signing-in-with-a-username-and-password"
NON_NEXT = "can-i-use-nextauthjs-with-a-website-that-does-not-use-nextjs"
REACT_NATIVE = "can-i-use-nextauthjs-with-react-native"
TYPESCRIPT = "is-nextauthjs-supporting-typescript"
DB_SUPPORTED = "what-databases-are-supported-by-nextauthjs"
DB_USED_FOR = "what-does-nextauthjs-use-databases-for"
SHOULD_USE_DB = "should-i-use-a-database"
WHICH_DB = "what-database-should-i-use"
SECURITY_PROBLEM = "i-think-ive-found-a-security-problem-what-should-i-do"
DISCLOSURE = "what-is-the-disclosure-policy-for-nextauthjs"
TOKENS = "how-do-i-get-refresh-tokens-and-access-tokens-for-an-oauth-account"
LINKING = ("when-i-sign-in-with-another-account-with-the-same-email-address-"
           "why-are-accounts-not-linked-automatically")
FEATURE = "why-doesnt-nextauthjs-support-a-particular-feature"
DISAGREE = "i-disagree-with-a-design-decision-how-can-i-change-your-mind"
USES_JWT = "does-nextauthjs-use-json-web-tokens"
JWT_PROS = "what-are-the-advantages-of-json-web-tokens"
JWT_CONS = "what-are-the-disadvantages-of-json-web-tokens"
JWT_SECURE = "are-json-web-tokens-secure"
JOSE = "what-signing-and-encryption-standards-does-nextauthjs-support"

IN_SCOPE = [
    # --- About ---
    ("is next-auth backed by some company or is it just volunteers doing it? "
     "my manager wants to know if there is a vendor behind it before we adopt it",
     IS_COMMERCIAL),
    ("is this a paid product somewhere down the line or fully open source, "
     "dont want a surprise bill later", IS_COMMERCIAL),

    # --- Compatibility: databases (angle: can I use my engine / plug my own) ---
    ("quick check before i start: will nextauth work with our mariadb or "
     "sqlite, and if our db isnt on the list can i just write my own adapter "
     "for it?", DB_COMPAT),
    ("compatibility question - which sql/nosql engines can i run next auth "
     "against, mysql postgres mongo? or can it run with no db at all", DB_COMPAT),

    # --- Compatibility: providers ---
    ("which login providers come built in? google github twitter etc or do i "
     "have to code every oauth provider myself", AUTH_SERVICES),
    ("can people log in with just a magic link sent to there email, e.g. when "
     "their google account got suspended and they are locked out?",
     AUTH_SERVICES),
    ("Is it possible to add two-factor auth with a custom provider or only the "
     "social logins are available?", AUTH_SERVICES),

    # --- Compatibility: username/password ---
    ("we have a legacy users table with bcrypt hashed passwords, can those "
     "users keep logging in with username + password after we move to "
     "next-auth?", USER_PASS),
    ("is plain email/password login possible at all or is it only social "
     "login", USER_PASS),
    ("i set up the credentials provider and a database adapter, login works "
     "but no user rows ever appear in the db?? also it complains until i turn "
     "on jwt. is this expected", USER_PASS),

    # --- Compatibility: non-Next.js sites ---
    ("our main frontend is a vue app (not next). can it somehow reuse the "
     "sessions from a small next.js app that only does the login?", NON_NEXT),
    ("auth lives on auth.mycompany.com and the app on app.mycompany.com, the "
     "session cookie isnt seen by the app. what do i need to configure",
     NON_NEXT),
    ("can one login session cover two different domains like mybrand.com and "
     "mybrand.de at the same time?", NON_NEXT),

    # --- Compatibility: React Native ---
    ("building a mobile app in react native, can i use nextauth for the "
     "login there too?", REACT_NATIVE),
    ("why is nextauth not meant for native desktop or phone apps? whats the "
     "problem with a client secret inside the app", REACT_NATIVE),
    ("could i put next-auth inside an electron desktop app or is that a bad "
     "idea", REACT_NATIVE),

    # --- Compatibility: TypeScript ---
    ("does next auth ship type definitions or do i need some @types package "
     "for my TS project", TYPESCRIPT),
    ("works with typescript?", TYPESCRIPT),

    # --- Databases: supported (angle: AWS-style compatible DBs, adapter API) ---
    ("our infra team only gives us amazon aurora, does nextauth run on that or "
     "do i need vanilla mysql/postgres", DB_SUPPORTED),
    ("is aws documentdb ok as backend for next-auth or it must be a real "
     "mongodb?", DB_SUPPORTED),

    # --- Databases: what they are used for ---
    ("what does nextauth actually write in the database once i connect one? "
     "trying to understand which tables / records show up", DB_USED_FOR),
    ("do i need a db if i want the email sign in links, or is database "
     "optional for that too", DB_USED_FOR),
    ("besides the user profile, does it also keep the linked oauth accounts "
     "and the sessions in my db? or only users", DB_USED_FOR),

    # --- Databases: should I use one ---
    ("building an internal admin dashboard for ~10 coworkers, I only need to "
     "control who gets in, no real user accounts. worth setting up a db for "
     "auth or skip it?", SHOULD_USE_DB),
    ("consumer saas with billing and we need to email customers later - "
     "better to run next-auth with or without a database?", SHOULD_USE_DB),
    ("when does it make sense to persist accounts vs going db-less", SHOULD_USE_DB),

    # --- Databases: which one ---
    ("which database would you recommend? im deploying everything on aws",
     WHICH_DB),
    ("any recommendation for a managed db provider to pair with nextauth, "
     "atlas, azure, gcp...?", WHICH_DB),
    ("we deploy on a serverless platform, what kind of db should i look at so "
     "it fits that setup", WHICH_DB),

    # --- Security: found a problem ---
    ("i think i found a vulnerability in how the callback url is handled, "
     "where can i report it privately instead of a public issue?",
     SECURITY_PROBLEM),
    ("found something that looks like a serious security hole, whats the "
     "right way to tell the maintainers", SECURITY_PROBLEM),
    ("its a minor edge case about an optional RFC spec, security-ish but not "
     "critical. ok to just open normal github issue?", SECURITY_PROBLEM),

    # --- Security: disclosure policy ---
    ("how fast do you usually ship a fix after someone reports a vuln, and "
     "when does it become public?", DISCLOSURE),
    ("do you do responsible disclosure? would i get credited for a report",
     DISCLOSURE),
    ("after i send a private report how long until someone answers me?",
     DISCLOSURE),

    # --- Security: OAuth tokens ---
    ("I need the google access token to call the calendar api from my "
     "backend, where can i get it after the user logged in?", TOKENS),
    ("does nextauth refresh expired oauth access tokens on its own or do i "
     "have to implement the rotation", TOKENS),
    ("no database in my setup, where do the refresh token from the provider "
     "end up so i can use it later", TOKENS),

    # --- Security: account linking ---
    ("user signed up with github, later tried google with the same email and "
     "gets an error page. why dont you just merge them into one account?",
     LINKING),
    ("why is linking accounts by matching email considered unsafe? sounds "
     "convenient", LINKING),
    ("will it ever be possible for a logged in user to attach a second "
     "provider to his account", LINKING),

    # --- Feature requests ---
    ("the feature i need is just missing, what is the best way to get it "
     "added to next-auth?", FEATURE),
    ("can i pay / sponsor someone to build a feature for nextauth since i "
     "cant code it myself", FEATURE),
    ("why are some obvious features still not there? is nobody working on "
     "this full time", FEATURE),

    # --- Design decisions ---
    ("i really disagree with how you designed the session handling. who "
     "decides these things and how do i argue for a change?", DISAGREE),
    ("if the maintainers reject my proposal am I allowed to fork the lib and "
     "keep my own version", DISAGREE),

    # --- JWT: used? ---
    ("by default are sessions kept in a jwt cookie or in the database?",
     USES_JWT),
    ("i have an adapter configured but i want to force jwt sessions anyway, "
     "which option do i set?", USES_JWT),
    ("what session strategy is used if i never configure any database",
     USES_JWT),

    # --- JWT: advantages ---
    ("why would i pick token based sessions, what do i actually gain from "
     "it?", JWT_PROS),
    ("is going with jwt sessions cheaper and easier to scale than keeping "
     "them in a db?", JWT_PROS),
    ("can my other api services on the same domain check the session token "
     "without querying the database each request", JWT_PROS),

    # --- JWT: disadvantages ---
    ("downsides of jwt sessions? e.g. can i kick a user out immediatly if "
     "his account is compromised", JWT_CONS),
    ("how much stuff can i put in the token? my cookie is getting huge and "
     "some browsers start dropping it", JWT_CONS),
    ("all my users were logged out right after i changed something in the "
     "config and redeployed, why did that happen", JWT_CONS),

    # --- JWT: secure? ---
    ("are the session tokens encrypted by default or only signed?",
     JWT_SECURE),
    ("on startup i get a warning about keys being generated automatically, "
     "should i provide my own key pair?", JWT_SECURE),
    ("which algorithm signs the token by default, and what is used when i "
     "turn encryption on", JWT_SECURE),

    # --- JOSE standards ---
    ("for our compliance doc: which JOSE RFCs does nextauth implement?",
     JOSE),
    ("does it support jwk thumbprints or the CFRG elliptic curve stuff from "
     "rfc 8037?", JOSE),
]

OUT_OF_SCOPE = [
    "how do i get the current session inside an api route so i can block "
    "requests from users who are not logged in?",
    "can i replace the default sign in page with my own page that matches our "
    "branding",
    "what should NEXTAUTH_URL be on vercel preview deployments, the url "
    "changes on every deploy",
    "google login fails with redirect_uri_mismatch, what callback url do i "
    "have to register in the google console",
    "after signOut the user lands on a weird page, how to send them back to "
    "the homepage?",
    "is there a way to show the built in login page in german or spanish",
    "how to turn on debug logging to see what next-auth is doing under the "
    "hood",
    "getting CLIENT_FETCH_ERROR in the browser console on every page load, "
    "what does it mean",
    "what are the breaking changes when upgrading from v3 to v4?",
    "how do i unit test a component that calls useSession with jest and "
    "react testing library",
    "useSession stays in loading state forever on my page, never becomes "
    "authenticated",
    "how do i show the users github avatar in my navbar after login",
    "is there a discord or chat where i can ask quick questions about "
    "next-auth?",
    "i want to send a welcome email only the very first time somebody signs "
    "in, is there a hook for that",
    "can i move the auth endpoints from /api/auth to something like /auth, "
    "our reverse proxy only forwards that path",
]

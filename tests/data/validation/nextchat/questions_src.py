"""Hand-written questions for the ChatGPT Next Web FAQ (faq/faq-en.md).

Written from the FAQ text alone, in the style of people asking in a help
channel, a GitHub discussion or a forum. IN_SCOPE: (question, section id of
the one FAQ entry that answers it). OUT_OF_SCOPE: questions near the
project's domain (or plainly off-topic) that the FAQ does not answer.
"""

HELP = "how-to-get-help-quickly"
DOCKER_UPD = "why-does-the-docker-deployment-version-always-prompt-for-updates"
VERCEL_DEPLOY = "how-to-deploy-on-vercel"
VERCEL_ENV = "how-to-modify-vercel-environment-variables"
CODE = "what-is-the-environment-variable-code-is-it-necessary-to-set-it"
STREAM = "why-doesnt-the-version-i-deployed-have-streaming-response"
NOT_ACCESSIBLE = "ive-deployed-but-its-not-accessible"
CSS_CHUNK = "you-may-encounter-an-error-loading-css-chunk-xxx-failed"
ERR_OCCURRED = "why-does-it-always-prompt-an-error-occurred-please-try-again-later"
GARBLED = "why-does-chatgpts-reply-get-garbled"
UNAUTHORIZED = ("it-prompts-now-its-unauthorized-please-enter-the-access-password"
                "-on-the-settings-page-when-using")
QUOTA = "it-prompts-you-exceeded-your-current-quota--when-using"
PROXY = "what-is-a-proxy-and-how-to-use-it"
CHINA_SERVER = "can-i-deploy-it-on-a-server-in-china"
CLOUDFLARE = "what-is-cloudflare"
VERCEL_WHAT = "what-is-vercel"
DOMAIN = "how-to-obtain-a-domain-name"
SERVER = "how-to-obtain-a-server"
REGISTER = "how-to-register-an-openai-account"
BALANCE = "how-to-activate-openai-api-how-to-check-api-balance"
NEW_BALANCE = "why-doesnt-my-new-openai-account-have-an-api-balance"
RECHARGE = "how-to-recharge-openai-api"
GPT4 = "how-to-access-the-gpt-4-api"
AZURE = "how-to-use-the-azure-openai-interface"
TOKENS = "why-is-my-token-consumed-so-fast"

IN_SCOPE = [
    # how to get help quickly
    ("i'm stuck with my chatgpt next web setup and nobody answers my issue on github. "
     "whats the fastest way to actually get an answer?", HELP),
    ("Before I bother the devs: where should I ask first when something breaks, and how "
     "should I write the question so people will help?", HELP),

    # docker version always prompts for updates
    ("running the docker image and the UI keeps nagging me that a new version is "
     "available even tho i pulled latest this morning. bug?", DOCKER_UPD),
    ("Why my docker container always show update available? I pull "
     "yidadaa/chatgpt-next-web every day and it still says it.", DOCKER_UPD),

    # deploy on vercel
    ("how do I put this on vercel from zero? never used vercel or github before", VERCEL_DEPLOY),
    ("can i sign up to vercel with a chinese mobile number? and after deploying, the "
     "vercel.app link doesnt open from mainland, what do i do with my domain?", VERCEL_DEPLOY),
    ("steps to host my own free copy of the web ui on vercel pls", VERCEL_DEPLOY),

    # modify vercel environment variables
    ("I already deployed on Vercel but now I need to change my OPENAI_API_KEY to a new "
     "one. Where in the Vercel dashboard do I edit that?", VERCEL_ENV),
    ("where are the env var settings of my project in vercel console? want to change a value",
     VERCEL_ENV),

    # what is CODE
    ("do i really have to set that CODE variable? what happens if i just leave it empty", CODE),
    ("can I give my friends different passwords for my deployment, like one per person?", CODE),
    ("whats the CODE env for exactly", CODE),

    # streaming response
    ("answers show up all at once after a long wait instead of typing out word by word. "
     "I'm behind nginx as reverse proxy. how to fix?", STREAM),
    ("streaming output doesnt work on my self hosted version, the reply only appears "
     "when its completely finished", STREAM),
    ("deployed it on netlify and there is no streaming, text comes in one block. any fix?",
     STREAM),

    # deployed but not accessible
    ("set it up with docker run -p 3000:3000 on an ubuntu vps, `docker ps` shows the "
     "container up, but from my laptop http://<server-ip>:3000 gives ERR_CONNECTION_TIMED_OUT "
     "and my domain that points to it doesnt load either. what am i missing?", NOT_ACCESSIBLE),
    ("deployed on my own server and the site simply won't load. what should I check first?",
     NOT_ACCESSIBLE),

    # Loading CSS chunk failed
    ("users on an old iPad get 'Loading CSS chunk 12 failed' and then a white page, how "
     "can I fix this?", CSS_CHUNK),
    ("ChunkLoadError: Loading CSS chunk failed on an older browser. can I turn off the "
     "code splitting? I run the docker image", CSS_CHUNK),
    ("what does DISABLE_CHUNK do and where do i put it for a vercel deploy", CSS_CHUNK),

    # "An error occurred, please try again later"
    ("every message I send just comes back with 'An error occurred, please try again "
     "later'. the key is definitely in the env.", ERR_OCCURRED),
    ("always get error occured try again later... i named my variable openai_api_key in "
     "lowercase, could that be the problem?", ERR_OCCURRED),
    ("I get that generic 'try again later' error on every reply and checked everything. "
     "what logs should I attach when I open an issue?", ERR_OCCURRED),

    # garbled replies
    ("the bot replies with random gibberish characters and mixed languages since I "
     "played with the settings", GARBLED),
    ("answers look like garbage text, my temperature is at 1.6 - related??", GARBLED),

    # "Now it's unauthorized"
    ("when I open the site it says I'm unauthorized and must enter the access password "
     "on settings page. where do i even get that password?", UNAUTHORIZED),
    ("new visitors of my instance see a message that they are unauthorized, what are "
     "they supposed to do", UNAUTHORIZED),
    ("my friend opened my link and is told to enter an access code in settings, what does "
     "that mean", UNAUTHORIZED),

    # "You exceeded your current quota"
    ("error says: You exceeded your current quota, please check your plan and billing "
     "details. what's going on?", QUOTA),
    ("getting 'exceeded your current quota' now even though the app worked fine yesterday",
     QUOTA),
    ("quota exceeded error in chat next web what does it mean", QUOTA),

    # what is a proxy
    ("I'm in China and my server can't reach the openai api. how do I route requests "
     "through a proxy with the docker version?", PROXY),
    ("difference between forward proxy and reverse proxy here, and which env variable "
     "do I set for each one?", PROXY),
    ("can i point BASE_URL at some proxy address instead of api.openai.com?", PROXY),

    # server in China
    ("we are small company in shenzhen and boss wants the chat running on our own machine "
     "here in mainland, not abroad. is this possible and what problems we will have?",
     CHINA_SERVER),
    ("any issues if i host it on a chinese vps? could it get blocked?", CHINA_SERVER),

    # what is Cloudflare
    ("what is CF that people keep mentioning in the discussions? is it free?", CLOUDFLARE),
    ("someone told me to put cloudflare in front to hide my server ip. what does "
     "cloudflare actually do", CLOUDFLARE),

    # what is Vercel
    ("what's vercel and why does everyone recommend it for this project", VERCEL_WHAT),
    ("if I go with vercel do I need to know linux or pay for a server?", VERCEL_WHAT),

    # domain name
    ("where can i buy a cheap domain? can i pay with alipay?", DOMAIN),
    ("are there any free domains I could use for my deployment", DOMAIN),

    # server
    ("which vps provider should I pick if most of my users are in China? heard something "
     "about CN2 lines", SERVER),
    ("I want rent a server only for this project. Which company you recommend and what "
     "I must be careful about?", SERVER),

    # register OpenAI account
    ("trying to sign up at openai but it rejects my outlook email and my phone number. "
     "what do I need?", REGISTER),
    ("how do i make an openai account from a country where it is not supported", REGISTER),

    # activate API / check balance
    ("where can I see how much API credit I have left?", BALANCE),
    ("is it safe to check my api balance on those third party balance checker sites "
     "people share?", BALANCE),

    # new account, no balance
    ("just registered openai yesterday and my api balance shows nothing at all, is "
     "something wrong with my account?", NEW_BALANCE),
    ("do new openai accounts get some free credit? mine shows $0", NEW_BALANCE),

    # recharge OpenAI API
    ("my chinese visa card is declined when adding payment on openai, how else can I top up?",
     RECHARGE),
    ("how to put money on the openai api if my bank card doesnt work there", RECHARGE),
    ("is there any virtual card option to pay openai?", RECHARGE),

    # GPT-4 API
    ("how do I get access to gpt-4 through the API? it's not showing for my key", GPT4),
    ("gpt4 api access - do i need to apply somewhere first?", GPT4),

    # Azure OpenAI
    ("can I use my company's azure openai deployment instead of calling openai directly?",
     AZURE),
    ("setting up an azure openai endpoint with this, where is the guide?", AZURE),

    # token consumed fast
    ("my API bill jumped like crazy overnight though I barely used the app, what can "
     "cause that", TOKENS),
    ("how can i tell if someone is brute forcing my access password? what do I search "
     "for in the docker logs", TOKENS),
    ("tokens disappear super fast, I use gpt-4 most of the time, is that normal?", TOKENS),
]

OUT_OF_SCOPE = [
    "how do i sync my chat history between my laptop and my phone?",
    "can I hook this up to Claude or Gemini models instead of OpenAI?",
    "how do I add a new UI language, I want to translate the interface to Polish",
    "where can I download the desktop app for mac and does it update itself?",
    "how do I create my own prompt template (mask) and share it with my team?",
    "can I export a conversation as an image or share it to ShareGPT?",
    "how do I hide some models from the model dropdown list?",
    "is there a way to stop users from entering their own api key in the settings page?",
    "does it support voice input, like talking to it with the microphone?",
    "how do I clear all my local chat data from the browser?",
    "can I run the docker image on a raspberry pi (arm64)?",
    "is there a plugin for web search so the bot can browse the internet?",
    "how do I change the default system prompt for every new chat?",
    "what's a good recipe for fluffy pancakes?",
    "how do I fix a flat tire on my bike?",
]

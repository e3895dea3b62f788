"""Hand-written validation questions for the Ollama FAQ (docs/faq.md).

Written from the FAQ text only, in the style of a Discord support channel.
IN_SCOPE: (question, section-id) -- the id of the one section that answers it.
OUT_OF_SCOPE: questions about Ollama that no FAQ section answers (expect null).
"""

IN_SCOPE = [
    # how-can-i-upgrade-ollama (3)
    ("how do i update ollama on my linux box? is there an apt package or do i just redo something",
     "how-can-i-upgrade-ollama"),
    ("theres a new ollama release out, on mac do i have to redownload it or does it update itself?",
     "how-can-i-upgrade-ollama"),
    ("What's the proper way to get the newest version on Windows? I think I'm still on an old build",
     "how-can-i-upgrade-ollama"),

    # how-can-i-view-the-logs (2)
    ("where can i find the log output? something keeps crashing and i want to see what happened",
     "how-can-i-view-the-logs"),
    ("is there a way to look at the server logs ollama writes",
     "how-can-i-view-the-logs"),

    # is-my-gpu-compatible-with-ollama (2)
    ("will my gtx 1060 even work with ollama or is it too old?",
     "is-my-gpu-compatible-with-ollama"),
    ("which graphics cards are supported? nvidia only or amd too",
     "is-my-gpu-compatible-with-ollama"),

    # how-can-i-specify-the-context-window-size (3)
    ("how do I bump num_ctx to 8192 when I call the generate API?",
     "how-can-i-specify-the-context-window-size"),
    ("my model keeps forgetting the start of long conversations, the default context seems tiny. how do i make it bigger?",
     "how-can-i-specify-the-context-window-size"),
    ("whats the default context length and can i change it from inside an ollama run session",
     "how-can-i-specify-the-context-window-size"),

    # how-can-i-tell-if-my-model-was-loaded-onto-the-gpu (3)
    ("How can I check whether my model is actually running on the GPU and not just the CPU?",
     "how-can-i-tell-if-my-model-was-loaded-onto-the-gpu"),
    ("ollama ps shows 48%/52% CPU/GPU under processor, what does that mean",
     "how-can-i-tell-if-my-model-was-loaded-onto-the-gpu"),
    ("generation is super slow for me, is there a command to see if its using my vram at all?",
     "how-can-i-tell-if-my-model-was-loaded-onto-the-gpu"),

    # how-do-i-configure-ollama-server (3)
    ("how do i set environment variables for the ollama service on linux? it runs under systemd",
     "how-do-i-configure-ollama-server"),
    ("I'm on macOS using the menu bar app and exporting vars in my .zshrc does nothing. how do I pass env variables to it?",
     "how-do-i-configure-ollama-server"),
    ("windows user here, where do i put ollama settings? i cant find any config file",
     "how-do-i-configure-ollama-server"),

    # how-do-i-use-ollama-behind-a-proxy (3)
    ("our corporate network needs a proxy for outbound traffic and ollama pull just times out. how do I make it go through the proxy?",
     "how-do-i-use-ollama-behind-a-proxy"),
    ("should i set HTTP_PROXY or HTTPS_PROXY so model downloads work?",
     "how-do-i-use-ollama-behind-a-proxy"),
    ("running the ollama docker image behind a company proxy that uses a self signed cert, how do i get pulls working?",
     "how-do-i-use-ollama-behind-a-proxy"),

    # does-ollama-send-my-prompts-and-answers-back-to-ollamacom (2)
    ("does ollama phone home with my chats? asking for privacy reasons",
     "does-ollama-send-my-prompts-and-answers-back-to-ollamacom"),
    ("is any of my conversation data uploaded to ollama's servers when i use it",
     "does-ollama-send-my-prompts-and-answers-back-to-ollamacom"),

    # how-can-i-expose-ollama-on-my-network (3)
    ("how do i reach ollama from another pc on my LAN? it seems to only listen on localhost",
     "how-can-i-expose-ollama-on-my-network"),
    ("what port and address does the server bind to by default, and can I make it listen on 0.0.0.0?",
     "how-can-i-expose-ollama-on-my-network"),
    ("my phone gets connection refused when hitting the api on my desktop's ip:11434, works fine on the desktop itself",
     "how-can-i-expose-ollama-on-my-network"),

    # how-can-i-use-ollama-with-a-proxy-server (2)
    ("I want to put ollama behind nginx on my own domain, anyone got an example config?",
     "how-can-i-use-ollama-with-a-proxy-server"),
    ("reverse proxying ollama, which headers do i need to set so requests get through",
     "how-can-i-use-ollama-with-a-proxy-server"),

    # how-can-i-use-ollama-with-ngrok (2)
    ("can i share my local ollama over the internet with ngrok? what's the command",
     "how-can-i-use-ollama-with-ngrok"),
    ("made an ngrok tunnel to port 11434 but requests get rejected, am i missing some flag?",
     "how-can-i-use-ollama-with-ngrok"),

    # how-can-i-use-ollama-with-cloudflare-tunnel (2)
    ("how to expose ollama through a cloudflared tunnel",
     "how-can-i-use-ollama-with-cloudflare-tunnel"),
    ("which cloudflared flags do I need so ollama accepts the forwarded requests?",
     "how-can-i-use-ollama-with-cloudflare-tunnel"),

    # how-can-i-allow-additional-web-origins-to-access-ollama (2)
    ("my browser extension gets CORS errors calling localhost:11434, how do i allow it?",
     "how-can-i-allow-additional-web-origins-to-access-ollama"),
    ("web app hosted on a different domain cant talk to ollama, cross origin requests get blocked. fix?",
     "how-can-i-allow-additional-web-origins-to-access-ollama"),

    # where-are-models-stored (3)
    ("where does ollama keep downloaded models on linux? my disk is filling up",
     "where-are-models-stored"),
    ("my C: drive is almost full, can I move the models to another drive on windows?",
     "where-are-models-stored"),
    ("pointed OLLAMA_MODELS at /mnt/data/models on ubuntu and now it fails with permission denied, what am i doing wrong",
     "where-are-models-stored"),

    # how-can-i-use-ollama-in-visual-studio-code (2)
    ("is there a vs code extension that uses ollama for code completion?",
     "how-can-i-use-ollama-in-visual-studio-code"),
    ("can i hook my local models into vscode like copilot?",
     "how-can-i-use-ollama-in-visual-studio-code"),

    # how-do-i-use-ollama-with-gpu-acceleration-in-docker (3)
    ("how do i give the ollama docker container access to my nvidia gpu?",
     "how-do-i-use-ollama-with-gpu-acceleration-in-docker"),
    ("running ollama in docker desktop on my m2 mac and it never uses the gpu, why?",
     "how-do-i-use-ollama-with-gpu-acceleration-in-docker"),
    ("do I need nvidia-container-toolkit to run the container with cuda on windows + wsl2?",
     "how-do-i-use-ollama-with-gpu-acceleration-in-docker"),

    # why-is-networking-slow-in-wsl2-on-windows-10 (2)
    ("model downloads are crawling inside wsl2 on win10, like 100kb/s. any fix?",
     "why-is-networking-slow-in-wsl2-on-windows-10"),
    ("installing ollama in WSL takes forever, the network is super slow there compared to windows itself, what adapter setting should i change",
     "why-is-networking-slow-in-wsl2-on-windows-10"),

    # how-can-i-preload-a-model-into-ollama-to-get-faster-response-times (3)
    ("the first request after starting always takes ages, can i warm the model up ahead of time?",
     "how-can-i-preload-a-model-into-ollama-to-get-faster-response-times"),
    ("how do I load a model into memory without sending an actual prompt?",
     "how-can-i-preload-a-model-into-ollama-to-get-faster-response-times"),
    ("is there a way to pre-load mistral through the chat endpoint so the first real message is quick",
     "how-can-i-preload-a-model-into-ollama-to-get-faster-response-times"),

    # how-do-i-keep-a-model-loaded-in-memory-or-make-it-unload-immediately (3)
    ("my model gets unloaded after like 5 min idle and reloading is slow. can i keep it in ram forever?",
     "how-do-i-keep-a-model-loaded-in-memory-or-make-it-unload-immediately"),
    ("how do i free up vram right away once a request is done instead of waiting",
     "how-do-i-keep-a-model-loaded-in-memory-or-make-it-unload-immediately"),
    ("what values does keep_alive accept, and does it override OLLAMA_KEEP_ALIVE?",
     "how-do-i-keep-a-model-loaded-in-memory-or-make-it-unload-immediately"),

    # how-do-i-manage-the-maximum-number-of-requests-the-ollama-server-can-queue (2)
    ("getting 503 errors saying the server is overloaded when i hammer it with requests, how do i raise the limit?",
     "how-do-i-manage-the-maximum-number-of-requests-the-ollama-server-can-queue"),
    ("can I change how many pending requests get buffered before ollama starts rejecting them",
     "how-do-i-manage-the-maximum-number-of-requests-the-ollama-server-can-queue"),

    # how-does-ollama-handle-concurrent-requests (3)
    ("can ollama serve several users at the same time or does it process one request at a time?",
     "how-does-ollama-handle-concurrent-requests"),
    ("how do i keep two different models loaded simultaneously? it keeps swapping them",
     "how-does-ollama-handle-concurrent-requests"),
    ("what does OLLAMA_NUM_PARALLEL actually do, and why did my memory usage jump when i set it to 4",
     "how-does-ollama-handle-concurrent-requests"),

    # how-does-ollama-load-models-on-multiple-gpus (2)
    ("I've got 2x 3090s, will ollama split a big model across both cards?",
     "how-does-ollama-load-models-on-multiple-gpus"),
    ("model fits on one gpu but i have three in the box, does it spread it over all of them anyway?",
     "how-does-ollama-load-models-on-multiple-gpus"),

    # how-can-i-enable-flash-attention (2)
    ("how do i turn on flash attn",
     "how-can-i-enable-flash-attention"),
    ("memory blows up with long contexts, is there an env var for FA that cuts memory use?",
     "how-can-i-enable-flash-attention"),

    # how-can-i-set-the-quantization-type-for-the-kv-cache (3)
    ("can i quantize the kv cache to q8_0 to save vram?",
     "how-can-i-set-the-quantization-type-for-the-kv-cache"),
    ("what are the options for OLLAMA_KV_CACHE_TYPE and which one is recomended?",
     "how-can-i-set-the-quantization-type-for-the-kv-cache"),
    ("is it possible to use a different cache quant per model, or does the setting apply to everything?",
     "how-can-i-set-the-quantization-type-for-the-kv-cache"),
]

OUT_OF_SCOPE = [
    "how do I create a custom model from a Modelfile with my own system prompt?",
    "can I import a GGUF file I downloaded from huggingface into ollama?",
    "how do i delete a model i dont use anymore",
    "does the chat api support function calling / tools?",
    "is there an OpenAI-compatible endpoint so I can use the openai python sdk with ollama?",
    "how do I completely uninstall ollama from linux?",
    "how much RAM do i need to run a 70b model?",
    "can ollama generate embeddings for my RAG pipeline?",
    "how do I push my own model to the ollama.com library so others can pull it?",
    "does ollama support vision models, can i send it images?",
    "how do i force the model to reply in valid JSON?",
    "can I run ollama on a raspberry pi 5?",
    "how do I set temperature and a seed so I get reproducible outputs?",
    "is there an official web UI / chat interface for ollama or is it cli only?",
    "how can I require an API key so random people on my network can't use my ollama server?",
]

"""Hand-written questions for the blind marimo FAQ set.

Written from the FAQ text (faq/faq.md) alone, in the style of a Discord
support channel. IN_SCOPE: (question, expected section id). OUT_OF_SCOPE:
questions about marimo that no section of this FAQ answers (expect null).
"""

IN_SCOPE = [
    # how-is-marimo-different-from-jupyter
    ("coming from jupyterlab, whats actually different about marimo? is it just another notebook UI on top of ipykernel",
     "how-is-marimo-different-from-jupyter"),
    ("tldr why would i pick this over a regular jupyter notebook",
     "how-is-marimo-different-from-jupyter"),
    ("My team lives in .ipynb land. In a few sentences, what does marimo do differently from Jupyter when it comes to program state and how notebooks are saved?",
     "how-is-marimo-different-from-jupyter"),

    # what-problems-does-marimo-solve
    ("what pain points is marimo trying to fix exactly? reproducibilty? maintainability? trying to pitch it to my lab",
     "what-problems-does-marimo-solve"),
    ("saw a claim that like a third of notebooks on github can't be reproduced... is that the whole argument for marimo or is there more to it",
     "what-problems-does-marimo-solve"),
    ("whats the story on reuse and sharing with marimo notebooks vs the usual copy paste the code out of the notebook workflow?",
     "what-problems-does-marimo-solve"),

    # how-is-marimoui-different-from-jupyter-widgets
    ("do i still have to write observe() callbacks like with ipywidgets when i use mo.ui stuff?",
     "how-is-marimoui-different-from-jupyter-widgets"),
    ("how do marimo's built in ui controls compare to ipywidgets",
     "how-is-marimoui-different-from-jupyter-widgets"),

    # is-marimo-a-notebook-or-a-library
    ("confused newbie: is marimo an editor you launch or a python package you import?? or both",
     "is-marimo-a-notebook-or-a-library"),
    ("so `import marimo as mo` is a separate thing from the browser editor you get with marimo edit? what is it for",
     "is-marimo-a-notebook-or-a-library"),

    # whats-the-difference-between-a-marimo-notebook-and-a-marimo-app
    ("whats the difference between marimo edit and marimo run, do they work on the same .py file?",
     "whats-the-difference-between-a-marimo-notebook-and-a-marimo-app"),
    ("notebook vs app in marimo - is an app a different kind of file I have to create separately?",
     "whats-the-difference-between-a-marimo-notebook-and-a-marimo-app"),
    ("teaching a workshop next week. can i flip between the code view and the clean app view while presenting?",
     "whats-the-difference-between-a-marimo-notebook-and-a-marimo-app"),

    # how-does-marimo-know-what-cells-to-run
    ("how does it decide which cells to rerun when i change one? does it parse my code or track execution somehow",
     "how-does-marimo-know-what-cells-to-run"),
    ("is the dependency graph between cells built from the global variable names each cell defines and reads? trying to understand reactivity",
     "how-does-marimo-know-what-cells-to-run"),

    # how-do-i-prevent-automatic-execution-from-running-expensive-cells
    ("i have a cell that trains a model for 20 min and it reruns every time i tweak something upstream 😩 how do i stop that",
     "how-do-i-prevent-automatic-execution-from-running-expensive-cells"),
    ("any way to keep reactive execution from kicking off my heavy cells before I'm ready?",
     "how-do-i-prevent-automatic-execution-from-running-expensive-cells"),
    ("can i turn off one slow cell so it and everything downstream of it just doesnt run for now",
     "how-do-i-prevent-automatic-execution-from-running-expensive-cells"),

    # how-do-i-use-sliders-and-other-interactive-elements
    ("how do i make a slider and read its current value in another cell",
     "how-do-i-use-sliders-and-other-interactive-elements"),
    ("put a mo.ui.slider in a cell but nothing else updates when i drag it... do i need to assign it to a variable first?",
     "how-do-i-use-sliders-and-other-interactive-elements"),
    ("is there a built-in tutorial that walks through the interactive widgets?",
     "how-do-i-use-sliders-and-other-interactive-elements"),

    # how-do-i-add-a-submit-button-to-ui-elements
    ("i want a text box that only sends its value to python when the user clicks a button, not on every keystroke",
     "how-do-i-add-a-submit-button-to-ui-elements"),
    ("how to wrap an input so it gets a submit btn",
     "how-do-i-add-a-submit-button-to-ui-elements"),

    # how-do-i-write-markdown
    ("how do i put formatted text and headings in my notebook? i dont see a markdown cell type",
     "how-do-i-write-markdown"),
    ("whats the function for rendering md text in marimo",
     "how-do-i-write-markdown"),

    # how-do-i-display-plots
    ("my matplotlib figure isnt showing up in the cell output, what am i doing wrong",
     "how-do-i-display-plots"),
    ("how do you get a chart to show in marimo? plt.show() seems to do nothing for me",
     "how-do-i-display-plots"),

    # how-do-i-prevent-matplotlib-plots-from-being-cut-off
    ("y axis label keeps getting chopped off on the left side of my plot",
     "how-do-i-prevent-matplotlib-plots-from-being-cut-off"),
    ("legend is clipped at the edge of the figure in the output area, fix?",
     "how-do-i-prevent-matplotlib-plots-from-being-cut-off"),

    # how-do-i-display-interactive-matplotlib-plots
    ("can i pan and zoom a matplotlib figure in marimo or is it always a static image",
     "how-do-i-display-interactive-matplotlib-plots"),
    ("is there something like %matplotlib widget for marimo?",
     "how-do-i-display-interactive-matplotlib-plots"),

    # how-do-i-display-objects-in-rows-and-columns
    ("how do i put two charts side by side",
     "how-do-i-display-objects-in-rows-and-columns"),
    ("want to lay some outputs out horizontally and stack others vertically, is there a helper for that",
     "how-do-i-display-objects-in-rows-and-columns"),

    # how-do-i-create-an-output-with-a-dynamic-number-of-ui-elements
    ("user picks a number N and i want to show N text inputs, how do i generate a variable amount of widgets",
     "how-do-i-create-an-output-with-a-dynamic-number-of-ui-elements"),
    ("when should i use mo.ui.batch instead of mo.ui.array? need custom formatting around a bunch of inputs",
     "how-do-i-create-an-output-with-a-dynamic-number-of-ui-elements"),
    ("need a list of checkboxes whose length depends on what's picked in a dropdown, best way to build that?",
     "how-do-i-create-an-output-with-a-dynamic-number-of-ui-elements"),

    # how-do-i-restart-a-notebook
    ("how do i wipe all the memory and start over from scratch without closing the tab",
     "how-do-i-restart-a-notebook"),
    ("where's the restart kernel option",
     "how-do-i-restart-a-notebook"),

    # how-do-i-reload-modules
    ("i edit my helpers.py but the notebook keeps using the old version of the function until i restart",
     "how-do-i-reload-modules"),
    ("is there an equivalent of ipython's %autoreload 2?",
     "how-do-i-reload-modules"),
    ("how to turn on hot reloading for my own local python modules",
     "how-do-i-reload-modules"),

    # why-arent-my-on_changeon_click-handlers-being-called
    ("my buttons' on_click lambda never fires, i create them in a list comprehension inside mo.vstack",
     "why-arent-my-on_changeon_click-handlers-being-called"),
    ("callbacks not triggering on my ui elements at all, what gives",
     "why-arent-my-on_changeon_click-handlers-being-called"),
    ("on_change is never called for a slider that i made inline without storing it anywhere. bug?",
     "why-arent-my-on_changeon_click-handlers-being-called"),

    # how-does-marimo-treat-type-annotations
    ("does a type hint like `x: MyClass = ...` make my cell depend on the cell where MyClass is defined?",
     "how-does-marimo-treat-type-annotations"),
    ("pydantic models + marimo: do annotations count as references in the dataflow graph?",
     "how-does-marimo-treat-type-annotations"),
    ("how do I stop a type annotation from creating an edge between two cells",
     "how-does-marimo-treat-type-annotations"),

    # how-do-i-use-dotenv
    ("load_dotenv() isnt picking up my .env file in marimo, works fine in a plain script",
     "how-do-i-use-dotenv"),
    ("env vars from my .env arent loading, using python-dotenv. any trick?",
     "how-do-i-use-dotenv"),

    # what-packages-can-i-use
    ("can i use any pip package in marimo or only ones that are officially supported? like polars or scikit-learn",
     "what-packages-can-i-use"),
    ("is there a whitelist of libraries that work inside cells",
     "what-packages-can-i-use"),

    # how-do-i-use-marimo-on-a-remote-server
    ("want to run marimo on my lab's GPU box and open it from my laptop. ssh tunnel? anything special?",
     "how-do-i-use-marimo-on-a-remote-server"),
    ("when i start marimo edit over ssh it tries to open a browser on the server, is there a flag to stop that",
     "how-do-i-use-marimo-on-a-remote-server"),

    # how-do-i-make-marimo-accessible-on-all-network-interfaces
    ("marimo only listens on localhost, how do i bind it to every interface so others on the LAN can reach it",
     "how-do-i-make-marimo-accessible-on-all-network-interfaces"),
    ("cant reach marimo from another machine on my home network, is there some host option for edit/run?",
     "how-do-i-make-marimo-accessible-on-all-network-interfaces"),

    # how-do-i-deploy-apps
    ("how do i serve my notebook as a web app for coworkers",
     "how-do-i-deploy-apps"),
    ("deploying a marimo app inside a docker container, which host and port should i use?",
     "how-do-i-deploy-apps"),
    ("whats the cli command to ship a notebook as an app",
     "how-do-i-deploy-apps"),

    # is-marimo-free
    ("does marimo cost anything?",
     "is-marimo-free"),
    ("is there a paid tier or can i just use it for free",
     "is-marimo-free"),
]

OUT_OF_SCOPE = [
    "how do i convert my old .ipynb notebooks into marimo format?",
    "is there a dark mode? my eyes are dying",
    "does marimo have a vs code extension or do i have to use the browser editor",
    "can i export a notebook to static html or pdf to email to my advisor",
    "any way to get vim keybindings in the cell editor",
    "how do i set up AI code completion / copilot in marimo",
    "can i write SQL cells that query my postgres db directly",
    "where can i find the list of keyboard shortcuts? want a hotkey to run all cells",
    "how do people run pytest on functions defined inside a marimo notebook",
    "how do i upgrade marimo itself to the newest release",
    "can two people edit the same notebook at the same time like google docs",
    "the notebook column is super narrow, how do i make it use the full width of the screen",
    "does marimo autosave my work or do i need to hit ctrl+s",
    "can i add custom css to style my app",
    "is it possible to give cells names so they're easier to find",
]

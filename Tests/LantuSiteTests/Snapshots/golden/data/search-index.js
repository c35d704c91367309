window.LANTU_SEARCH = {"chunks":2,"keys":1,"path":"data/search/"};

/// <reference types="@harmony/share-components/types/vue" />

export declare const BACKEND_MAIN: string
export declare const SERVER_V8_FLAGS: readonly string[]
export declare const BACKEND_NODE_ARGS: readonly string[]
export declare const BUILT_MAIN: string
export declare const BUILT_NODE_ARGS: readonly string[]

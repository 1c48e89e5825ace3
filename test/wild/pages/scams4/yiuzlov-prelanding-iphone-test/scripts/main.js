import Timer from "./Timer.js";

new Timer()
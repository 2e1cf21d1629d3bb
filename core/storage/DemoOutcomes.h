#pragma once
// Demo outcomes for the effect issue (#6).

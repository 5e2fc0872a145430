def helper_0(x):
    '''unused helper 0'''
    return x + 0

def helper_1(x):
    '''unused helper 1'''
    return x + 1

def helper_2(x):
    '''unused helper 2'''
    return x + 2

def helper_3(x):
    '''unused helper 3'''
    return x + 3

def helper_4(x):
    '''unused helper 4'''
    return x + 4

def helper_5(x):
    '''unused helper 5'''
    return x + 5

def helper_6(x):
    '''unused helper 6'''
    return x + 6

def helper_7(x):
    '''unused helper 7'''
    return x + 7

def helper_8(x):
    '''unused helper 8'''
    return x + 8

def helper_9(x):
    '''unused helper 9'''
    return x + 9

def helper_10(x):
    '''unused helper 10'''
    return x + 10

def helper_11(x):
    '''unused helper 11'''
    return x + 11

def helper_12(x):
    '''unused helper 12'''
    return x + 12

def helper_13(x):
    '''unused helper 13'''
    return x + 13

def helper_14(x):
    '''unused helper 14'''
    return x + 14

def helper_15(x):
    '''unused helper 15'''
    return x + 15

def helper_16(x):
    '''unused helper 16'''
    return x + 16

def helper_17(x):
    '''unused helper 17'''
    return x + 17

def helper_18(x):
    '''unused helper 18'''
    return x + 18

def helper_19(x):
    '''unused helper 19'''
    return x + 19

def helper_20(x):
    '''unused helper 20'''
    return x + 20

def helper_21(x):
    '''unused helper 21'''
    return x + 21

def helper_22(x):
    '''unused helper 22'''
    return x + 22

def helper_23(x):
    '''unused helper 23'''
    return x + 23

def helper_24(x):
    '''unused helper 24'''
    return x + 24

def helper_25(x):
    '''unused helper 25'''
    return x + 25

def helper_26(x):
    '''unused helper 26'''
    return x + 26

def helper_27(x):
    '''unused helper 27'''
    return x + 27

def helper_28(x):
    '''unused helper 28'''
    return x + 28

def helper_29(x):
    '''unused helper 29'''
    return x + 29

def helper_30(x):
    '''unused helper 30'''
    return x + 30

def helper_31(x):
    '''unused helper 31'''
    return x + 31

def helper_32(x):
    '''unused helper 32'''
    return x + 32

def helper_33(x):
    '''unused helper 33'''
    return x + 33

def helper_34(x):
    '''unused helper 34'''
    return x + 34

def helper_35(x):
    '''unused helper 35'''
    return x + 35

def helper_36(x):
    '''unused helper 36'''
    return x + 36

def helper_37(x):
    '''unused helper 37'''
    return x + 37

def helper_38(x):
    '''unused helper 38'''
    return x + 38

def helper_39(x):
    '''unused helper 39'''
    return x + 39

def helper_40(x):
    '''unused helper 40'''
    return x + 40

def helper_41(x):
    '''unused helper 41'''
    return x + 41

def helper_42(x):
    '''unused helper 42'''
    return x + 42

def helper_43(x):
    '''unused helper 43'''
    return x + 43

def helper_44(x):
    '''unused helper 44'''
    return x + 44

def helper_45(x):
    '''unused helper 45'''
    return x + 45

def helper_46(x):
    '''unused helper 46'''
    return x + 46

def helper_47(x):
    '''unused helper 47'''
    return x + 47

def helper_48(x):
    '''unused helper 48'''
    return x + 48

def helper_49(x):
    '''unused helper 49'''
    return x + 49

def helper_50(x):
    '''unused helper 50'''
    return x + 50

def helper_51(x):
    '''unused helper 51'''
    return x + 51

def helper_52(x):
    '''unused helper 52'''
    return x + 52

def helper_53(x):
    '''unused helper 53'''
    return x + 53

def helper_54(x):
    '''unused helper 54'''
    return x + 54

def helper_55(x):
    '''unused helper 55'''
    return x + 55

def helper_56(x):
    '''unused helper 56'''
    return x + 56

def helper_57(x):
    '''unused helper 57'''
    return x + 57

def helper_58(x):
    '''unused helper 58'''
    return x + 58

def helper_59(x):
    '''unused helper 59'''
    return x + 59

def helper_60(x):
    '''unused helper 60'''
    return x + 60

def helper_61(x):
    '''unused helper 61'''
    return x + 61

def helper_62(x):
    '''unused helper 62'''
    return x + 62

def helper_63(x):
    '''unused helper 63'''
    return x + 63

def helper_64(x):
    '''unused helper 64'''
    return x + 64

def helper_65(x):
    '''unused helper 65'''
    return x + 65

def helper_66(x):
    '''unused helper 66'''
    return x + 66

def helper_67(x):
    '''unused helper 67'''
    return x + 67

def helper_68(x):
    '''unused helper 68'''
    return x + 68

def helper_69(x):
    '''unused helper 69'''
    return x + 69

def helper_70(x):
    '''unused helper 70'''
    return x + 70

def helper_71(x):
    '''unused helper 71'''
    return x + 71

def helper_72(x):
    '''unused helper 72'''
    return x + 72

def helper_73(x):
    '''unused helper 73'''
    return x + 73

def helper_74(x):
    '''unused helper 74'''
    return x + 74

def helper_75(x):
    '''unused helper 75'''
    return x + 75

def helper_76(x):
    '''unused helper 76'''
    return x + 76

def helper_77(x):
    '''unused helper 77'''
    return x + 77

def helper_78(x):
    '''unused helper 78'''
    return x + 78

def helper_79(x):
    '''unused helper 79'''
    return x + 79

def helper_80(x):
    '''unused helper 80'''
    return x + 80

def helper_81(x):
    '''unused helper 81'''
    return x + 81

def helper_82(x):
    '''unused helper 82'''
    return x + 82

def helper_83(x):
    '''unused helper 83'''
    return x + 83

def helper_84(x):
    '''unused helper 84'''
    return x + 84

def helper_85(x):
    '''unused helper 85'''
    return x + 85

def helper_86(x):
    '''unused helper 86'''
    return x + 86

def helper_87(x):
    '''unused helper 87'''
    return x + 87

def helper_88(x):
    '''unused helper 88'''
    return x + 88

def helper_89(x):
    '''unused helper 89'''
    return x + 89

def helper_90(x):
    '''unused helper 90'''
    return x + 90

def helper_91(x):
    '''unused helper 91'''
    return x + 91

def helper_92(x):
    '''unused helper 92'''
    return x + 92

def helper_93(x):
    '''unused helper 93'''
    return x + 93

def helper_94(x):
    '''unused helper 94'''
    return x + 94

def helper_95(x):
    '''unused helper 95'''
    return x + 95

def helper_96(x):
    '''unused helper 96'''
    return x + 96

def helper_97(x):
    '''unused helper 97'''
    return x + 97

def helper_98(x):
    '''unused helper 98'''
    return x + 98

def helper_99(x):
    '''unused helper 99'''
    return x + 99

def helper_100(x):
    '''unused helper 100'''
    return x + 100

def helper_101(x):
    '''unused helper 101'''
    return x + 101

def helper_102(x):
    '''unused helper 102'''
    return x + 102

def helper_103(x):
    '''unused helper 103'''
    return x + 103

def helper_104(x):
    '''unused helper 104'''
    return x + 104

def helper_105(x):
    '''unused helper 105'''
    return x + 105

def helper_106(x):
    '''unused helper 106'''
    return x + 106

def helper_107(x):
    '''unused helper 107'''
    return x + 107

def helper_108(x):
    '''unused helper 108'''
    return x + 108

def helper_109(x):
    '''unused helper 109'''
    return x + 109

def helper_110(x):
    '''unused helper 110'''
    return x + 110

def helper_111(x):
    '''unused helper 111'''
    return x + 111

def helper_112(x):
    '''unused helper 112'''
    return x + 112

def helper_113(x):
    '''unused helper 113'''
    return x + 113

def helper_114(x):
    '''unused helper 114'''
    return x + 114

def helper_115(x):
    '''unused helper 115'''
    return x + 115

def helper_116(x):
    '''unused helper 116'''
    return x + 116

def helper_117(x):
    '''unused helper 117'''
    return x + 117

def helper_118(x):
    '''unused helper 118'''
    return x + 118

def helper_119(x):
    '''unused helper 119'''
    return x + 119

def helper_120(x):
    '''unused helper 120'''
    return x + 120

def helper_121(x):
    '''unused helper 121'''
    return x + 121

def helper_122(x):
    '''unused helper 122'''
    return x + 122

def helper_123(x):
    '''unused helper 123'''
    return x + 123

def helper_124(x):
    '''unused helper 124'''
    return x + 124

def helper_125(x):
    '''unused helper 125'''
    return x + 125

def helper_126(x):
    '''unused helper 126'''
    return x + 126

def helper_127(x):
    '''unused helper 127'''
    return x + 127

def helper_128(x):
    '''unused helper 128'''
    return x + 128

def helper_129(x):
    '''unused helper 129'''
    return x + 129

def helper_130(x):
    '''unused helper 130'''
    return x + 130

def helper_131(x):
    '''unused helper 131'''
    return x + 131

def helper_132(x):
    '''unused helper 132'''
    return x + 132

def helper_133(x):
    '''unused helper 133'''
    return x + 133

def helper_134(x):
    '''unused helper 134'''
    return x + 134

def helper_135(x):
    '''unused helper 135'''
    return x + 135

def helper_136(x):
    '''unused helper 136'''
    return x + 136

def helper_137(x):
    '''unused helper 137'''
    return x + 137

def helper_138(x):
    '''unused helper 138'''
    return x + 138

def helper_139(x):
    '''unused helper 139'''
    return x + 139

def helper_140(x):
    '''unused helper 140'''
    return x + 140

def helper_141(x):
    '''unused helper 141'''
    return x + 141

def helper_142(x):
    '''unused helper 142'''
    return x + 142

def helper_143(x):
    '''unused helper 143'''
    return x + 143

def helper_144(x):
    '''unused helper 144'''
    return x + 144

def helper_145(x):
    '''unused helper 145'''
    return x + 145

def helper_146(x):
    '''unused helper 146'''
    return x + 146

def helper_147(x):
    '''unused helper 147'''
    return x + 147

def helper_148(x):
    '''unused helper 148'''
    return x + 148

def helper_149(x):
    '''unused helper 149'''
    return x + 149

def helper_150(x):
    '''unused helper 150'''
    return x + 150

def helper_151(x):
    '''unused helper 151'''
    return x + 151

def helper_152(x):
    '''unused helper 152'''
    return x + 152

def helper_153(x):
    '''unused helper 153'''
    return x + 153

def helper_154(x):
    '''unused helper 154'''
    return x + 154

def helper_155(x):
    '''unused helper 155'''
    return x + 155

def helper_156(x):
    '''unused helper 156'''
    return x + 156

def helper_157(x):
    '''unused helper 157'''
    return x + 157

def helper_158(x):
    '''unused helper 158'''
    return x + 158

def helper_159(x):
    '''unused helper 159'''
    return x + 159

def helper_160(x):
    '''unused helper 160'''
    return x + 160

def helper_161(x):
    '''unused helper 161'''
    return x + 161

def helper_162(x):
    '''unused helper 162'''
    return x + 162

def helper_163(x):
    '''unused helper 163'''
    return x + 163

def helper_164(x):
    '''unused helper 164'''
    return x + 164

def helper_165(x):
    '''unused helper 165'''
    return x + 165

def helper_166(x):
    '''unused helper 166'''
    return x + 166

def helper_167(x):
    '''unused helper 167'''
    return x + 167

def helper_168(x):
    '''unused helper 168'''
    return x + 168

def helper_169(x):
    '''unused helper 169'''
    return x + 169

def helper_170(x):
    '''unused helper 170'''
    return x + 170

def helper_171(x):
    '''unused helper 171'''
    return x + 171

def helper_172(x):
    '''unused helper 172'''
    return x + 172

def helper_173(x):
    '''unused helper 173'''
    return x + 173

def helper_174(x):
    '''unused helper 174'''
    return x + 174

def helper_175(x):
    '''unused helper 175'''
    return x + 175

def helper_176(x):
    '''unused helper 176'''
    return x + 176

def helper_177(x):
    '''unused helper 177'''
    return x + 177

def helper_178(x):
    '''unused helper 178'''
    return x + 178

def helper_179(x):
    '''unused helper 179'''
    return x + 179

def helper_180(x):
    '''unused helper 180'''
    return x + 180

def helper_181(x):
    '''unused helper 181'''
    return x + 181

def helper_182(x):
    '''unused helper 182'''
    return x + 182

def helper_183(x):
    '''unused helper 183'''
    return x + 183

def helper_184(x):
    '''unused helper 184'''
    return x + 184

def helper_185(x):
    '''unused helper 185'''
    return x + 185

def helper_186(x):
    '''unused helper 186'''
    return x + 186

def helper_187(x):
    '''unused helper 187'''
    return x + 187

def helper_188(x):
    '''unused helper 188'''
    return x + 188

def helper_189(x):
    '''unused helper 189'''
    return x + 189

def helper_190(x):
    '''unused helper 190'''
    return x + 190

def helper_191(x):
    '''unused helper 191'''
    return x + 191

def helper_192(x):
    '''unused helper 192'''
    return x + 192

def helper_193(x):
    '''unused helper 193'''
    return x + 193

def helper_194(x):
    '''unused helper 194'''
    return x + 194

def helper_195(x):
    '''unused helper 195'''
    return x + 195

def helper_196(x):
    '''unused helper 196'''
    return x + 196

def helper_197(x):
    '''unused helper 197'''
    return x + 197

def helper_198(x):
    '''unused helper 198'''
    return x + 198

def helper_199(x):
    '''unused helper 199'''
    return x + 199

def helper_200(x):
    '''unused helper 200'''
    return x + 200

def helper_201(x):
    '''unused helper 201'''
    return x + 201

def helper_202(x):
    '''unused helper 202'''
    return x + 202

def helper_203(x):
    '''unused helper 203'''
    return x + 203

def helper_204(x):
    '''unused helper 204'''
    return x + 204

def helper_205(x):
    '''unused helper 205'''
    return x + 205

def helper_206(x):
    '''unused helper 206'''
    return x + 206

def helper_207(x):
    '''unused helper 207'''
    return x + 207

def helper_208(x):
    '''unused helper 208'''
    return x + 208

def helper_209(x):
    '''unused helper 209'''
    return x + 209

def helper_210(x):
    '''unused helper 210'''
    return x + 210

def helper_211(x):
    '''unused helper 211'''
    return x + 211

def helper_212(x):
    '''unused helper 212'''
    return x + 212

def helper_213(x):
    '''unused helper 213'''
    return x + 213

def helper_214(x):
    '''unused helper 214'''
    return x + 214

def helper_215(x):
    '''unused helper 215'''
    return x + 215

def helper_216(x):
    '''unused helper 216'''
    return x + 216

def helper_217(x):
    '''unused helper 217'''
    return x + 217

def helper_218(x):
    '''unused helper 218'''
    return x + 218

def helper_219(x):
    '''unused helper 219'''
    return x + 219

def helper_220(x):
    '''unused helper 220'''
    return x + 220

def helper_221(x):
    '''unused helper 221'''
    return x + 221

def helper_222(x):
    '''unused helper 222'''
    return x + 222

def helper_223(x):
    '''unused helper 223'''
    return x + 223

def helper_224(x):
    '''unused helper 224'''
    return x + 224

def helper_225(x):
    '''unused helper 225'''
    return x + 225

def helper_226(x):
    '''unused helper 226'''
    return x + 226

def helper_227(x):
    '''unused helper 227'''
    return x + 227

def helper_228(x):
    '''unused helper 228'''
    return x + 228

def helper_229(x):
    '''unused helper 229'''
    return x + 229

def helper_230(x):
    '''unused helper 230'''
    return x + 230

def helper_231(x):
    '''unused helper 231'''
    return x + 231

def helper_232(x):
    '''unused helper 232'''
    return x + 232

def helper_233(x):
    '''unused helper 233'''
    return x + 233

def helper_234(x):
    '''unused helper 234'''
    return x + 234

def helper_235(x):
    '''unused helper 235'''
    return x + 235

def helper_236(x):
    '''unused helper 236'''
    return x + 236

def helper_237(x):
    '''unused helper 237'''
    return x + 237

def helper_238(x):
    '''unused helper 238'''
    return x + 238

def helper_239(x):
    '''unused helper 239'''
    return x + 239

def helper_240(x):
    '''unused helper 240'''
    return x + 240

def helper_241(x):
    '''unused helper 241'''
    return x + 241

def helper_242(x):
    '''unused helper 242'''
    return x + 242

def helper_243(x):
    '''unused helper 243'''
    return x + 243

def helper_244(x):
    '''unused helper 244'''
    return x + 244

def helper_245(x):
    '''unused helper 245'''
    return x + 245

def helper_246(x):
    '''unused helper 246'''
    return x + 246

def helper_247(x):
    '''unused helper 247'''
    return x + 247

def helper_248(x):
    '''unused helper 248'''
    return x + 248

def helper_249(x):
    '''unused helper 249'''
    return x + 249

def helper_250(x):
    '''unused helper 250'''
    return x + 250

def helper_251(x):
    '''unused helper 251'''
    return x + 251

def helper_252(x):
    '''unused helper 252'''
    return x + 252

def helper_253(x):
    '''unused helper 253'''
    return x + 253

def helper_254(x):
    '''unused helper 254'''
    return x + 254

def helper_255(x):
    '''unused helper 255'''
    return x + 255

def helper_256(x):
    '''unused helper 256'''
    return x + 256

def helper_257(x):
    '''unused helper 257'''
    return x + 257

def helper_258(x):
    '''unused helper 258'''
    return x + 258

def helper_259(x):
    '''unused helper 259'''
    return x + 259

def helper_260(x):
    '''unused helper 260'''
    return x + 260

def helper_261(x):
    '''unused helper 261'''
    return x + 261

def helper_262(x):
    '''unused helper 262'''
    return x + 262

def helper_263(x):
    '''unused helper 263'''
    return x + 263

def helper_264(x):
    '''unused helper 264'''
    return x + 264

def helper_265(x):
    '''unused helper 265'''
    return x + 265

def helper_266(x):
    '''unused helper 266'''
    return x + 266

def helper_267(x):
    '''unused helper 267'''
    return x + 267

def helper_268(x):
    '''unused helper 268'''
    return x + 268

def helper_269(x):
    '''unused helper 269'''
    return x + 269

def helper_270(x):
    '''unused helper 270'''
    return x + 270

def helper_271(x):
    '''unused helper 271'''
    return x + 271

def helper_272(x):
    '''unused helper 272'''
    return x + 272

def helper_273(x):
    '''unused helper 273'''
    return x + 273

def helper_274(x):
    '''unused helper 274'''
    return x + 274

def helper_275(x):
    '''unused helper 275'''
    return x + 275

def helper_276(x):
    '''unused helper 276'''
    return x + 276

def helper_277(x):
    '''unused helper 277'''
    return x + 277

def helper_278(x):
    '''unused helper 278'''
    return x + 278

def helper_279(x):
    '''unused helper 279'''
    return x + 279

def helper_280(x):
    '''unused helper 280'''
    return x + 280

def helper_281(x):
    '''unused helper 281'''
    return x + 281

def helper_282(x):
    '''unused helper 282'''
    return x + 282

def helper_283(x):
    '''unused helper 283'''
    return x + 283

def helper_284(x):
    '''unused helper 284'''
    return x + 284

def helper_285(x):
    '''unused helper 285'''
    return x + 285

def helper_286(x):
    '''unused helper 286'''
    return x + 286

def helper_287(x):
    '''unused helper 287'''
    return x + 287

def helper_288(x):
    '''unused helper 288'''
    return x + 288

def helper_289(x):
    '''unused helper 289'''
    return x + 289

def helper_290(x):
    '''unused helper 290'''
    return x + 290

def helper_291(x):
    '''unused helper 291'''
    return x + 291

def helper_292(x):
    '''unused helper 292'''
    return x + 292

def helper_293(x):
    '''unused helper 293'''
    return x + 293

def helper_294(x):
    '''unused helper 294'''
    return x + 294

def helper_295(x):
    '''unused helper 295'''
    return x + 295

def helper_296(x):
    '''unused helper 296'''
    return x + 296

def helper_297(x):
    '''unused helper 297'''
    return x + 297

def helper_298(x):
    '''unused helper 298'''
    return x + 298

def helper_299(x):
    '''unused helper 299'''
    return x + 299

def helper_300(x):
    '''unused helper 300'''
    return x + 300

def helper_301(x):
    '''unused helper 301'''
    return x + 301

def helper_302(x):
    '''unused helper 302'''
    return x + 302

def helper_303(x):
    '''unused helper 303'''
    return x + 303

def helper_304(x):
    '''unused helper 304'''
    return x + 304

def helper_305(x):
    '''unused helper 305'''
    return x + 305

def helper_306(x):
    '''unused helper 306'''
    return x + 306

def helper_307(x):
    '''unused helper 307'''
    return x + 307

def helper_308(x):
    '''unused helper 308'''
    return x + 308

def helper_309(x):
    '''unused helper 309'''
    return x + 309

def helper_310(x):
    '''unused helper 310'''
    return x + 310

def helper_311(x):
    '''unused helper 311'''
    return x + 311

def helper_312(x):
    '''unused helper 312'''
    return x + 312

def helper_313(x):
    '''unused helper 313'''
    return x + 313

def helper_314(x):
    '''unused helper 314'''
    return x + 314

def helper_315(x):
    '''unused helper 315'''
    return x + 315

def helper_316(x):
    '''unused helper 316'''
    return x + 316

def helper_317(x):
    '''unused helper 317'''
    return x + 317

def helper_318(x):
    '''unused helper 318'''
    return x + 318

def helper_319(x):
    '''unused helper 319'''
    return x + 319

def helper_320(x):
    '''unused helper 320'''
    return x + 320

def helper_321(x):
    '''unused helper 321'''
    return x + 321

def helper_322(x):
    '''unused helper 322'''
    return x + 322

def helper_323(x):
    '''unused helper 323'''
    return x + 323

def helper_324(x):
    '''unused helper 324'''
    return x + 324

def helper_325(x):
    '''unused helper 325'''
    return x + 325

def helper_326(x):
    '''unused helper 326'''
    return x + 326

def helper_327(x):
    '''unused helper 327'''
    return x + 327

def helper_328(x):
    '''unused helper 328'''
    return x + 328

def helper_329(x):
    '''unused helper 329'''
    return x + 329

def helper_330(x):
    '''unused helper 330'''
    return x + 330

def helper_331(x):
    '''unused helper 331'''
    return x + 331

def helper_332(x):
    '''unused helper 332'''
    return x + 332

def helper_333(x):
    '''unused helper 333'''
    return x + 333

def helper_334(x):
    '''unused helper 334'''
    return x + 334

def helper_335(x):
    '''unused helper 335'''
    return x + 335

def helper_336(x):
    '''unused helper 336'''
    return x + 336

def helper_337(x):
    '''unused helper 337'''
    return x + 337

def helper_338(x):
    '''unused helper 338'''
    return x + 338

def helper_339(x):
    '''unused helper 339'''
    return x + 339

def helper_340(x):
    '''unused helper 340'''
    return x + 340

def helper_341(x):
    '''unused helper 341'''
    return x + 341

def helper_342(x):
    '''unused helper 342'''
    return x + 342

def helper_343(x):
    '''unused helper 343'''
    return x + 343

def helper_344(x):
    '''unused helper 344'''
    return x + 344

def helper_345(x):
    '''unused helper 345'''
    return x + 345

def helper_346(x):
    '''unused helper 346'''
    return x + 346

def helper_347(x):
    '''unused helper 347'''
    return x + 347

def helper_348(x):
    '''unused helper 348'''
    return x + 348

def helper_349(x):
    '''unused helper 349'''
    return x + 349

def helper_350(x):
    '''unused helper 350'''
    return x + 350

def helper_351(x):
    '''unused helper 351'''
    return x + 351

def helper_352(x):
    '''unused helper 352'''
    return x + 352

def helper_353(x):
    '''unused helper 353'''
    return x + 353

def helper_354(x):
    '''unused helper 354'''
    return x + 354

def helper_355(x):
    '''unused helper 355'''
    return x + 355

def helper_356(x):
    '''unused helper 356'''
    return x + 356

def helper_357(x):
    '''unused helper 357'''
    return x + 357

def helper_358(x):
    '''unused helper 358'''
    return x + 358

def helper_359(x):
    '''unused helper 359'''
    return x + 359

def helper_360(x):
    '''unused helper 360'''
    return x + 360

def helper_361(x):
    '''unused helper 361'''
    return x + 361

def helper_362(x):
    '''unused helper 362'''
    return x + 362

def helper_363(x):
    '''unused helper 363'''
    return x + 363

def helper_364(x):
    '''unused helper 364'''
    return x + 364

def helper_365(x):
    '''unused helper 365'''
    return x + 365

def helper_366(x):
    '''unused helper 366'''
    return x + 366

def helper_367(x):
    '''unused helper 367'''
    return x + 367

def helper_368(x):
    '''unused helper 368'''
    return x + 368

def helper_369(x):
    '''unused helper 369'''
    return x + 369

def helper_370(x):
    '''unused helper 370'''
    return x + 370

def helper_371(x):
    '''unused helper 371'''
    return x + 371

def helper_372(x):
    '''unused helper 372'''
    return x + 372

def helper_373(x):
    '''unused helper 373'''
    return x + 373

def helper_374(x):
    '''unused helper 374'''
    return x + 374

def helper_375(x):
    '''unused helper 375'''
    return x + 375

def helper_376(x):
    '''unused helper 376'''
    return x + 376

def helper_377(x):
    '''unused helper 377'''
    return x + 377

def helper_378(x):
    '''unused helper 378'''
    return x + 378

def helper_379(x):
    '''unused helper 379'''
    return x + 379

def helper_380(x):
    '''unused helper 380'''
    return x + 380

def helper_381(x):
    '''unused helper 381'''
    return x + 381

def helper_382(x):
    '''unused helper 382'''
    return x + 382

def helper_383(x):
    '''unused helper 383'''
    return x + 383

def helper_384(x):
    '''unused helper 384'''
    return x + 384

def helper_385(x):
    '''unused helper 385'''
    return x + 385

def helper_386(x):
    '''unused helper 386'''
    return x + 386

def helper_387(x):
    '''unused helper 387'''
    return x + 387

def helper_388(x):
    '''unused helper 388'''
    return x + 388

def helper_389(x):
    '''unused helper 389'''
    return x + 389

def helper_390(x):
    '''unused helper 390'''
    return x + 390

def helper_391(x):
    '''unused helper 391'''
    return x + 391

def helper_392(x):
    '''unused helper 392'''
    return x + 392

def helper_393(x):
    '''unused helper 393'''
    return x + 393

def helper_394(x):
    '''unused helper 394'''
    return x + 394

def helper_395(x):
    '''unused helper 395'''
    return x + 395

def helper_396(x):
    '''unused helper 396'''
    return x + 396

def helper_397(x):
    '''unused helper 397'''
    return x + 397

def helper_398(x):
    '''unused helper 398'''
    return x + 398

def helper_399(x):
    '''unused helper 399'''
    return x + 399

def helper_400(x):
    '''unused helper 400'''
    return x + 400

def helper_401(x):
    '''unused helper 401'''
    return x + 401

def helper_402(x):
    '''unused helper 402'''
    return x + 402

def helper_403(x):
    '''unused helper 403'''
    return x + 403

def helper_404(x):
    '''unused helper 404'''
    return x + 404

def helper_405(x):
    '''unused helper 405'''
    return x + 405

def helper_406(x):
    '''unused helper 406'''
    return x + 406

def helper_407(x):
    '''unused helper 407'''
    return x + 407

def helper_408(x):
    '''unused helper 408'''
    return x + 408

def helper_409(x):
    '''unused helper 409'''
    return x + 409

def helper_410(x):
    '''unused helper 410'''
    return x + 410

def helper_411(x):
    '''unused helper 411'''
    return x + 411

def helper_412(x):
    '''unused helper 412'''
    return x + 412

def helper_413(x):
    '''unused helper 413'''
    return x + 413

def helper_414(x):
    '''unused helper 414'''
    return x + 414

def helper_415(x):
    '''unused helper 415'''
    return x + 415

def helper_416(x):
    '''unused helper 416'''
    return x + 416

def helper_417(x):
    '''unused helper 417'''
    return x + 417

def helper_418(x):
    '''unused helper 418'''
    return x + 418

def helper_419(x):
    '''unused helper 419'''
    return x + 419

def helper_420(x):
    '''unused helper 420'''
    return x + 420

def helper_421(x):
    '''unused helper 421'''
    return x + 421

def helper_422(x):
    '''unused helper 422'''
    return x + 422

def helper_423(x):
    '''unused helper 423'''
    return x + 423

def helper_424(x):
    '''unused helper 424'''
    return x + 424

def helper_425(x):
    '''unused helper 425'''
    return x + 425

def helper_426(x):
    '''unused helper 426'''
    return x + 426

def helper_427(x):
    '''unused helper 427'''
    return x + 427

def helper_428(x):
    '''unused helper 428'''
    return x + 428

def helper_429(x):
    '''unused helper 429'''
    return x + 429

def helper_430(x):
    '''unused helper 430'''
    return x + 430

def helper_431(x):
    '''unused helper 431'''
    return x + 431

def helper_432(x):
    '''unused helper 432'''
    return x + 432

def helper_433(x):
    '''unused helper 433'''
    return x + 433

def helper_434(x):
    '''unused helper 434'''
    return x + 434

def helper_435(x):
    '''unused helper 435'''
    return x + 435

def helper_436(x):
    '''unused helper 436'''
    return x + 436

def helper_437(x):
    '''unused helper 437'''
    return x + 437

def helper_438(x):
    '''unused helper 438'''
    return x + 438

def helper_439(x):
    '''unused helper 439'''
    return x + 439

def helper_440(x):
    '''unused helper 440'''
    return x + 440

def helper_441(x):
    '''unused helper 441'''
    return x + 441

def helper_442(x):
    '''unused helper 442'''
    return x + 442

def helper_443(x):
    '''unused helper 443'''
    return x + 443

def helper_444(x):
    '''unused helper 444'''
    return x + 444

def helper_445(x):
    '''unused helper 445'''
    return x + 445

def helper_446(x):
    '''unused helper 446'''
    return x + 446

def helper_447(x):
    '''unused helper 447'''
    return x + 447

def helper_448(x):
    '''unused helper 448'''
    return x + 448

def helper_449(x):
    '''unused helper 449'''
    return x + 449

def helper_450(x):
    '''unused helper 450'''
    return x + 450

def helper_451(x):
    '''unused helper 451'''
    return x + 451

def helper_452(x):
    '''unused helper 452'''
    return x + 452

def helper_453(x):
    '''unused helper 453'''
    return x + 453

def helper_454(x):
    '''unused helper 454'''
    return x + 454

def helper_455(x):
    '''unused helper 455'''
    return x + 455

def helper_456(x):
    '''unused helper 456'''
    return x + 456

def helper_457(x):
    '''unused helper 457'''
    return x + 457

def helper_458(x):
    '''unused helper 458'''
    return x + 458

def helper_459(x):
    '''unused helper 459'''
    return x + 459

def helper_460(x):
    '''unused helper 460'''
    return x + 460

def helper_461(x):
    '''unused helper 461'''
    return x + 461

def helper_462(x):
    '''unused helper 462'''
    return x + 462

def helper_463(x):
    '''unused helper 463'''
    return x + 463

def helper_464(x):
    '''unused helper 464'''
    return x + 464

def helper_465(x):
    '''unused helper 465'''
    return x + 465

def helper_466(x):
    '''unused helper 466'''
    return x + 466

def helper_467(x):
    '''unused helper 467'''
    return x + 467

def helper_468(x):
    '''unused helper 468'''
    return x + 468

def helper_469(x):
    '''unused helper 469'''
    return x + 469

def helper_470(x):
    '''unused helper 470'''
    return x + 470

def helper_471(x):
    '''unused helper 471'''
    return x + 471

def helper_472(x):
    '''unused helper 472'''
    return x + 472

def helper_473(x):
    '''unused helper 473'''
    return x + 473

def helper_474(x):
    '''unused helper 474'''
    return x + 474

def helper_475(x):
    '''unused helper 475'''
    return x + 475

def helper_476(x):
    '''unused helper 476'''
    return x + 476

def helper_477(x):
    '''unused helper 477'''
    return x + 477

def helper_478(x):
    '''unused helper 478'''
    return x + 478

def helper_479(x):
    '''unused helper 479'''
    return x + 479

def helper_480(x):
    '''unused helper 480'''
    return x + 480

def helper_481(x):
    '''unused helper 481'''
    return x + 481

def helper_482(x):
    '''unused helper 482'''
    return x + 482

def helper_483(x):
    '''unused helper 483'''
    return x + 483

def helper_484(x):
    '''unused helper 484'''
    return x + 484

def helper_485(x):
    '''unused helper 485'''
    return x + 485

def helper_486(x):
    '''unused helper 486'''
    return x + 486

def helper_487(x):
    '''unused helper 487'''
    return x + 487

def helper_488(x):
    '''unused helper 488'''
    return x + 488

def helper_489(x):
    '''unused helper 489'''
    return x + 489

def helper_490(x):
    '''unused helper 490'''
    return x + 490

def helper_491(x):
    '''unused helper 491'''
    return x + 491

def helper_492(x):
    '''unused helper 492'''
    return x + 492

def helper_493(x):
    '''unused helper 493'''
    return x + 493

def helper_494(x):
    '''unused helper 494'''
    return x + 494

def helper_495(x):
    '''unused helper 495'''
    return x + 495

def helper_496(x):
    '''unused helper 496'''
    return x + 496

def helper_497(x):
    '''unused helper 497'''
    return x + 497

def helper_498(x):
    '''unused helper 498'''
    return x + 498

def helper_499(x):
    '''unused helper 499'''
    return x + 499

def helper_500(x):
    '''unused helper 500'''
    return x + 500

def helper_501(x):
    '''unused helper 501'''
    return x + 501

def helper_502(x):
    '''unused helper 502'''
    return x + 502

def helper_503(x):
    '''unused helper 503'''
    return x + 503

def helper_504(x):
    '''unused helper 504'''
    return x + 504

def helper_505(x):
    '''unused helper 505'''
    return x + 505

def helper_506(x):
    '''unused helper 506'''
    return x + 506

def helper_507(x):
    '''unused helper 507'''
    return x + 507

def helper_508(x):
    '''unused helper 508'''
    return x + 508

def helper_509(x):
    '''unused helper 509'''
    return x + 509

def helper_510(x):
    '''unused helper 510'''
    return x + 510

def helper_511(x):
    '''unused helper 511'''
    return x + 511

def helper_512(x):
    '''unused helper 512'''
    return x + 512

def helper_513(x):
    '''unused helper 513'''
    return x + 513

def helper_514(x):
    '''unused helper 514'''
    return x + 514

def helper_515(x):
    '''unused helper 515'''
    return x + 515

def helper_516(x):
    '''unused helper 516'''
    return x + 516

def helper_517(x):
    '''unused helper 517'''
    return x + 517

def helper_518(x):
    '''unused helper 518'''
    return x + 518

def helper_519(x):
    '''unused helper 519'''
    return x + 519

def helper_520(x):
    '''unused helper 520'''
    return x + 520

def helper_521(x):
    '''unused helper 521'''
    return x + 521

def helper_522(x):
    '''unused helper 522'''
    return x + 522

def helper_523(x):
    '''unused helper 523'''
    return x + 523

def helper_524(x):
    '''unused helper 524'''
    return x + 524

def helper_525(x):
    '''unused helper 525'''
    return x + 525

def helper_526(x):
    '''unused helper 526'''
    return x + 526

def helper_527(x):
    '''unused helper 527'''
    return x + 527

def helper_528(x):
    '''unused helper 528'''
    return x + 528

def helper_529(x):
    '''unused helper 529'''
    return x + 529

def helper_530(x):
    '''unused helper 530'''
    return x + 530

def helper_531(x):
    '''unused helper 531'''
    return x + 531

def helper_532(x):
    '''unused helper 532'''
    return x + 532

def helper_533(x):
    '''unused helper 533'''
    return x + 533

def helper_534(x):
    '''unused helper 534'''
    return x + 534

def helper_535(x):
    '''unused helper 535'''
    return x + 535

def helper_536(x):
    '''unused helper 536'''
    return x + 536

def helper_537(x):
    '''unused helper 537'''
    return x + 537

def helper_538(x):
    '''unused helper 538'''
    return x + 538

def helper_539(x):
    '''unused helper 539'''
    return x + 539

def helper_540(x):
    '''unused helper 540'''
    return x + 540

def helper_541(x):
    '''unused helper 541'''
    return x + 541

def helper_542(x):
    '''unused helper 542'''
    return x + 542

def helper_543(x):
    '''unused helper 543'''
    return x + 543

def helper_544(x):
    '''unused helper 544'''
    return x + 544

def helper_545(x):
    '''unused helper 545'''
    return x + 545

def helper_546(x):
    '''unused helper 546'''
    return x + 546

def helper_547(x):
    '''unused helper 547'''
    return x + 547

def helper_548(x):
    '''unused helper 548'''
    return x + 548

def helper_549(x):
    '''unused helper 549'''
    return x + 549

def helper_550(x):
    '''unused helper 550'''
    return x + 550

def helper_551(x):
    '''unused helper 551'''
    return x + 551

def helper_552(x):
    '''unused helper 552'''
    return x + 552

def helper_553(x):
    '''unused helper 553'''
    return x + 553

def helper_554(x):
    '''unused helper 554'''
    return x + 554

def helper_555(x):
    '''unused helper 555'''
    return x + 555

def helper_556(x):
    '''unused helper 556'''
    return x + 556

def helper_557(x):
    '''unused helper 557'''
    return x + 557

def helper_558(x):
    '''unused helper 558'''
    return x + 558

def helper_559(x):
    '''unused helper 559'''
    return x + 559

def helper_560(x):
    '''unused helper 560'''
    return x + 560

def helper_561(x):
    '''unused helper 561'''
    return x + 561

def helper_562(x):
    '''unused helper 562'''
    return x + 562

def helper_563(x):
    '''unused helper 563'''
    return x + 563

def helper_564(x):
    '''unused helper 564'''
    return x + 564

def helper_565(x):
    '''unused helper 565'''
    return x + 565

def helper_566(x):
    '''unused helper 566'''
    return x + 566

def helper_567(x):
    '''unused helper 567'''
    return x + 567

def helper_568(x):
    '''unused helper 568'''
    return x + 568

def helper_569(x):
    '''unused helper 569'''
    return x + 569

def helper_570(x):
    '''unused helper 570'''
    return x + 570

def helper_571(x):
    '''unused helper 571'''
    return x + 571

def helper_572(x):
    '''unused helper 572'''
    return x + 572

def helper_573(x):
    '''unused helper 573'''
    return x + 573

def helper_574(x):
    '''unused helper 574'''
    return x + 574

def helper_575(x):
    '''unused helper 575'''
    return x + 575

def helper_576(x):
    '''unused helper 576'''
    return x + 576

def helper_577(x):
    '''unused helper 577'''
    return x + 577

def helper_578(x):
    '''unused helper 578'''
    return x + 578

def helper_579(x):
    '''unused helper 579'''
    return x + 579

def helper_580(x):
    '''unused helper 580'''
    return x + 580

def helper_581(x):
    '''unused helper 581'''
    return x + 581

def helper_582(x):
    '''unused helper 582'''
    return x + 582

def helper_583(x):
    '''unused helper 583'''
    return x + 583

def helper_584(x):
    '''unused helper 584'''
    return x + 584

def helper_585(x):
    '''unused helper 585'''
    return x + 585

def helper_586(x):
    '''unused helper 586'''
    return x + 586

def helper_587(x):
    '''unused helper 587'''
    return x + 587

def helper_588(x):
    '''unused helper 588'''
    return x + 588

def helper_589(x):
    '''unused helper 589'''
    return x + 589

def helper_590(x):
    '''unused helper 590'''
    return x + 590

def helper_591(x):
    '''unused helper 591'''
    return x + 591

def helper_592(x):
    '''unused helper 592'''
    return x + 592

def helper_593(x):
    '''unused helper 593'''
    return x + 593

def helper_594(x):
    '''unused helper 594'''
    return x + 594

def helper_595(x):
    '''unused helper 595'''
    return x + 595

def helper_596(x):
    '''unused helper 596'''
    return x + 596

def helper_597(x):
    '''unused helper 597'''
    return x + 597

def helper_598(x):
    '''unused helper 598'''
    return x + 598

def helper_599(x):
    '''unused helper 599'''
    return x + 599

def helper_600(x):
    '''unused helper 600'''
    return x + 600

def helper_601(x):
    '''unused helper 601'''
    return x + 601

def helper_602(x):
    '''unused helper 602'''
    return x + 602

def helper_603(x):
    '''unused helper 603'''
    return x + 603

def helper_604(x):
    '''unused helper 604'''
    return x + 604

def helper_605(x):
    '''unused helper 605'''
    return x + 605

def helper_606(x):
    '''unused helper 606'''
    return x + 606

def helper_607(x):
    '''unused helper 607'''
    return x + 607

def helper_608(x):
    '''unused helper 608'''
    return x + 608

def helper_609(x):
    '''unused helper 609'''
    return x + 609

def helper_610(x):
    '''unused helper 610'''
    return x + 610

def helper_611(x):
    '''unused helper 611'''
    return x + 611

def helper_612(x):
    '''unused helper 612'''
    return x + 612

def helper_613(x):
    '''unused helper 613'''
    return x + 613

def helper_614(x):
    '''unused helper 614'''
    return x + 614

def helper_615(x):
    '''unused helper 615'''
    return x + 615

def helper_616(x):
    '''unused helper 616'''
    return x + 616

def helper_617(x):
    '''unused helper 617'''
    return x + 617

def helper_618(x):
    '''unused helper 618'''
    return x + 618

def helper_619(x):
    '''unused helper 619'''
    return x + 619

def helper_620(x):
    '''unused helper 620'''
    return x + 620

def helper_621(x):
    '''unused helper 621'''
    return x + 621

def helper_622(x):
    '''unused helper 622'''
    return x + 622

def helper_623(x):
    '''unused helper 623'''
    return x + 623

def helper_624(x):
    '''unused helper 624'''
    return x + 624

def helper_625(x):
    '''unused helper 625'''
    return x + 625

def helper_626(x):
    '''unused helper 626'''
    return x + 626

def helper_627(x):
    '''unused helper 627'''
    return x + 627

def helper_628(x):
    '''unused helper 628'''
    return x + 628

def helper_629(x):
    '''unused helper 629'''
    return x + 629

def helper_630(x):
    '''unused helper 630'''
    return x + 630

def helper_631(x):
    '''unused helper 631'''
    return x + 631

def helper_632(x):
    '''unused helper 632'''
    return x + 632

def helper_633(x):
    '''unused helper 633'''
    return x + 633

def helper_634(x):
    '''unused helper 634'''
    return x + 634

def helper_635(x):
    '''unused helper 635'''
    return x + 635

def helper_636(x):
    '''unused helper 636'''
    return x + 636

def helper_637(x):
    '''unused helper 637'''
    return x + 637

def helper_638(x):
    '''unused helper 638'''
    return x + 638

def helper_639(x):
    '''unused helper 639'''
    return x + 639

def helper_640(x):
    '''unused helper 640'''
    return x + 640

def helper_641(x):
    '''unused helper 641'''
    return x + 641

def helper_642(x):
    '''unused helper 642'''
    return x + 642

def helper_643(x):
    '''unused helper 643'''
    return x + 643

def helper_644(x):
    '''unused helper 644'''
    return x + 644

def helper_645(x):
    '''unused helper 645'''
    return x + 645

def helper_646(x):
    '''unused helper 646'''
    return x + 646

def helper_647(x):
    '''unused helper 647'''
    return x + 647

def helper_648(x):
    '''unused helper 648'''
    return x + 648

def helper_649(x):
    '''unused helper 649'''
    return x + 649

def helper_650(x):
    '''unused helper 650'''
    return x + 650

def helper_651(x):
    '''unused helper 651'''
    return x + 651

def helper_652(x):
    '''unused helper 652'''
    return x + 652

def helper_653(x):
    '''unused helper 653'''
    return x + 653

def helper_654(x):
    '''unused helper 654'''
    return x + 654

def helper_655(x):
    '''unused helper 655'''
    return x + 655

def helper_656(x):
    '''unused helper 656'''
    return x + 656

def helper_657(x):
    '''unused helper 657'''
    return x + 657

def helper_658(x):
    '''unused helper 658'''
    return x + 658

def helper_659(x):
    '''unused helper 659'''
    return x + 659

def helper_660(x):
    '''unused helper 660'''
    return x + 660

def helper_661(x):
    '''unused helper 661'''
    return x + 661

def helper_662(x):
    '''unused helper 662'''
    return x + 662

def helper_663(x):
    '''unused helper 663'''
    return x + 663

def helper_664(x):
    '''unused helper 664'''
    return x + 664

def helper_665(x):
    '''unused helper 665'''
    return x + 665

def helper_666(x):
    '''unused helper 666'''
    return x + 666

def helper_667(x):
    '''unused helper 667'''
    return x + 667

def helper_668(x):
    '''unused helper 668'''
    return x + 668

def helper_669(x):
    '''unused helper 669'''
    return x + 669

def helper_670(x):
    '''unused helper 670'''
    return x + 670

def helper_671(x):
    '''unused helper 671'''
    return x + 671

def helper_672(x):
    '''unused helper 672'''
    return x + 672

def helper_673(x):
    '''unused helper 673'''
    return x + 673

def helper_674(x):
    '''unused helper 674'''
    return x + 674

def helper_675(x):
    '''unused helper 675'''
    return x + 675

def helper_676(x):
    '''unused helper 676'''
    return x + 676

def helper_677(x):
    '''unused helper 677'''
    return x + 677

def helper_678(x):
    '''unused helper 678'''
    return x + 678

def helper_679(x):
    '''unused helper 679'''
    return x + 679

def helper_680(x):
    '''unused helper 680'''
    return x + 680

def helper_681(x):
    '''unused helper 681'''
    return x + 681

def helper_682(x):
    '''unused helper 682'''
    return x + 682

def helper_683(x):
    '''unused helper 683'''
    return x + 683

def helper_684(x):
    '''unused helper 684'''
    return x + 684

def helper_685(x):
    '''unused helper 685'''
    return x + 685

def helper_686(x):
    '''unused helper 686'''
    return x + 686

def helper_687(x):
    '''unused helper 687'''
    return x + 687

def helper_688(x):
    '''unused helper 688'''
    return x + 688

def helper_689(x):
    '''unused helper 689'''
    return x + 689

def helper_690(x):
    '''unused helper 690'''
    return x + 690

def helper_691(x):
    '''unused helper 691'''
    return x + 691

def helper_692(x):
    '''unused helper 692'''
    return x + 692

def helper_693(x):
    '''unused helper 693'''
    return x + 693

def helper_694(x):
    '''unused helper 694'''
    return x + 694

def helper_695(x):
    '''unused helper 695'''
    return x + 695

def helper_696(x):
    '''unused helper 696'''
    return x + 696

def helper_697(x):
    '''unused helper 697'''
    return x + 697

def helper_698(x):
    '''unused helper 698'''
    return x + 698

def helper_699(x):
    '''unused helper 699'''
    return x + 699

def helper_700(x):
    '''unused helper 700'''
    return x + 700

def helper_701(x):
    '''unused helper 701'''
    return x + 701

def helper_702(x):
    '''unused helper 702'''
    return x + 702

def helper_703(x):
    '''unused helper 703'''
    return x + 703

def helper_704(x):
    '''unused helper 704'''
    return x + 704

def helper_705(x):
    '''unused helper 705'''
    return x + 705

def helper_706(x):
    '''unused helper 706'''
    return x + 706

def helper_707(x):
    '''unused helper 707'''
    return x + 707

def helper_708(x):
    '''unused helper 708'''
    return x + 708

def helper_709(x):
    '''unused helper 709'''
    return x + 709

def helper_710(x):
    '''unused helper 710'''
    return x + 710

def helper_711(x):
    '''unused helper 711'''
    return x + 711

def helper_712(x):
    '''unused helper 712'''
    return x + 712

def helper_713(x):
    '''unused helper 713'''
    return x + 713

def helper_714(x):
    '''unused helper 714'''
    return x + 714

def helper_715(x):
    '''unused helper 715'''
    return x + 715

def helper_716(x):
    '''unused helper 716'''
    return x + 716

def helper_717(x):
    '''unused helper 717'''
    return x + 717

def helper_718(x):
    '''unused helper 718'''
    return x + 718

def helper_719(x):
    '''unused helper 719'''
    return x + 719

def helper_720(x):
    '''unused helper 720'''
    return x + 720

def helper_721(x):
    '''unused helper 721'''
    return x + 721

def helper_722(x):
    '''unused helper 722'''
    return x + 722

def helper_723(x):
    '''unused helper 723'''
    return x + 723

def helper_724(x):
    '''unused helper 724'''
    return x + 724

def helper_725(x):
    '''unused helper 725'''
    return x + 725

def helper_726(x):
    '''unused helper 726'''
    return x + 726

def helper_727(x):
    '''unused helper 727'''
    return x + 727

def helper_728(x):
    '''unused helper 728'''
    return x + 728

def helper_729(x):
    '''unused helper 729'''
    return x + 729

def helper_730(x):
    '''unused helper 730'''
    return x + 730

def helper_731(x):
    '''unused helper 731'''
    return x + 731

def helper_732(x):
    '''unused helper 732'''
    return x + 732

def helper_733(x):
    '''unused helper 733'''
    return x + 733

def helper_734(x):
    '''unused helper 734'''
    return x + 734

def helper_735(x):
    '''unused helper 735'''
    return x + 735

def helper_736(x):
    '''unused helper 736'''
    return x + 736

def helper_737(x):
    '''unused helper 737'''
    return x + 737

def helper_738(x):
    '''unused helper 738'''
    return x + 738

def helper_739(x):
    '''unused helper 739'''
    return x + 739

def helper_740(x):
    '''unused helper 740'''
    return x + 740

def helper_741(x):
    '''unused helper 741'''
    return x + 741

def helper_742(x):
    '''unused helper 742'''
    return x + 742

def helper_743(x):
    '''unused helper 743'''
    return x + 743

def helper_744(x):
    '''unused helper 744'''
    return x + 744

def helper_745(x):
    '''unused helper 745'''
    return x + 745

def helper_746(x):
    '''unused helper 746'''
    return x + 746

def helper_747(x):
    '''unused helper 747'''
    return x + 747

def helper_748(x):
    '''unused helper 748'''
    return x + 748

def helper_749(x):
    '''unused helper 749'''
    return x + 749

def helper_750(x):
    '''unused helper 750'''
    return x + 750

def helper_751(x):
    '''unused helper 751'''
    return x + 751

def helper_752(x):
    '''unused helper 752'''
    return x + 752

def helper_753(x):
    '''unused helper 753'''
    return x + 753

def helper_754(x):
    '''unused helper 754'''
    return x + 754

def helper_755(x):
    '''unused helper 755'''
    return x + 755

def helper_756(x):
    '''unused helper 756'''
    return x + 756

def helper_757(x):
    '''unused helper 757'''
    return x + 757

def helper_758(x):
    '''unused helper 758'''
    return x + 758

def helper_759(x):
    '''unused helper 759'''
    return x + 759

def helper_760(x):
    '''unused helper 760'''
    return x + 760

def helper_761(x):
    '''unused helper 761'''
    return x + 761

def helper_762(x):
    '''unused helper 762'''
    return x + 762

def helper_763(x):
    '''unused helper 763'''
    return x + 763

def helper_764(x):
    '''unused helper 764'''
    return x + 764

def helper_765(x):
    '''unused helper 765'''
    return x + 765

def helper_766(x):
    '''unused helper 766'''
    return x + 766

def helper_767(x):
    '''unused helper 767'''
    return x + 767

def helper_768(x):
    '''unused helper 768'''
    return x + 768

def helper_769(x):
    '''unused helper 769'''
    return x + 769

def helper_770(x):
    '''unused helper 770'''
    return x + 770

def helper_771(x):
    '''unused helper 771'''
    return x + 771

def helper_772(x):
    '''unused helper 772'''
    return x + 772

def helper_773(x):
    '''unused helper 773'''
    return x + 773

def helper_774(x):
    '''unused helper 774'''
    return x + 774

def helper_775(x):
    '''unused helper 775'''
    return x + 775

def helper_776(x):
    '''unused helper 776'''
    return x + 776

def helper_777(x):
    '''unused helper 777'''
    return x + 777

def helper_778(x):
    '''unused helper 778'''
    return x + 778

def helper_779(x):
    '''unused helper 779'''
    return x + 779

def helper_780(x):
    '''unused helper 780'''
    return x + 780

def helper_781(x):
    '''unused helper 781'''
    return x + 781

def helper_782(x):
    '''unused helper 782'''
    return x + 782

def helper_783(x):
    '''unused helper 783'''
    return x + 783

def helper_784(x):
    '''unused helper 784'''
    return x + 784

def helper_785(x):
    '''unused helper 785'''
    return x + 785

def helper_786(x):
    '''unused helper 786'''
    return x + 786

def helper_787(x):
    '''unused helper 787'''
    return x + 787

def helper_788(x):
    '''unused helper 788'''
    return x + 788

def helper_789(x):
    '''unused helper 789'''
    return x + 789

def helper_790(x):
    '''unused helper 790'''
    return x + 790

def helper_791(x):
    '''unused helper 791'''
    return x + 791

def helper_792(x):
    '''unused helper 792'''
    return x + 792

def helper_793(x):
    '''unused helper 793'''
    return x + 793

def helper_794(x):
    '''unused helper 794'''
    return x + 794

def helper_795(x):
    '''unused helper 795'''
    return x + 795

def helper_796(x):
    '''unused helper 796'''
    return x + 796

def helper_797(x):
    '''unused helper 797'''
    return x + 797

def helper_798(x):
    '''unused helper 798'''
    return x + 798

def helper_799(x):
    '''unused helper 799'''
    return x + 799

def helper_800(x):
    '''unused helper 800'''
    return x + 800

def helper_801(x):
    '''unused helper 801'''
    return x + 801

def helper_802(x):
    '''unused helper 802'''
    return x + 802

def helper_803(x):
    '''unused helper 803'''
    return x + 803

def helper_804(x):
    '''unused helper 804'''
    return x + 804

def helper_805(x):
    '''unused helper 805'''
    return x + 805

def helper_806(x):
    '''unused helper 806'''
    return x + 806

def helper_807(x):
    '''unused helper 807'''
    return x + 807

def helper_808(x):
    '''unused helper 808'''
    return x + 808

def helper_809(x):
    '''unused helper 809'''
    return x + 809

def helper_810(x):
    '''unused helper 810'''
    return x + 810

def helper_811(x):
    '''unused helper 811'''
    return x + 811

def helper_812(x):
    '''unused helper 812'''
    return x + 812

def helper_813(x):
    '''unused helper 813'''
    return x + 813

def helper_814(x):
    '''unused helper 814'''
    return x + 814

def helper_815(x):
    '''unused helper 815'''
    return x + 815

def helper_816(x):
    '''unused helper 816'''
    return x + 816

def helper_817(x):
    '''unused helper 817'''
    return x + 817

def helper_818(x):
    '''unused helper 818'''
    return x + 818

def helper_819(x):
    '''unused helper 819'''
    return x + 819

def helper_820(x):
    '''unused helper 820'''
    return x + 820

def helper_821(x):
    '''unused helper 821'''
    return x + 821

def helper_822(x):
    '''unused helper 822'''
    return x + 822

def helper_823(x):
    '''unused helper 823'''
    return x + 823

def helper_824(x):
    '''unused helper 824'''
    return x + 824

def helper_825(x):
    '''unused helper 825'''
    return x + 825

def helper_826(x):
    '''unused helper 826'''
    return x + 826

def helper_827(x):
    '''unused helper 827'''
    return x + 827

def helper_828(x):
    '''unused helper 828'''
    return x + 828

def helper_829(x):
    '''unused helper 829'''
    return x + 829

def helper_830(x):
    '''unused helper 830'''
    return x + 830

def helper_831(x):
    '''unused helper 831'''
    return x + 831

def helper_832(x):
    '''unused helper 832'''
    return x + 832

def helper_833(x):
    '''unused helper 833'''
    return x + 833

def helper_834(x):
    '''unused helper 834'''
    return x + 834

def helper_835(x):
    '''unused helper 835'''
    return x + 835

def helper_836(x):
    '''unused helper 836'''
    return x + 836

def helper_837(x):
    '''unused helper 837'''
    return x + 837

def helper_838(x):
    '''unused helper 838'''
    return x + 838

def helper_839(x):
    '''unused helper 839'''
    return x + 839

def helper_840(x):
    '''unused helper 840'''
    return x + 840

def helper_841(x):
    '''unused helper 841'''
    return x + 841

def helper_842(x):
    '''unused helper 842'''
    return x + 842

def helper_843(x):
    '''unused helper 843'''
    return x + 843

def helper_844(x):
    '''unused helper 844'''
    return x + 844

def helper_845(x):
    '''unused helper 845'''
    return x + 845

def helper_846(x):
    '''unused helper 846'''
    return x + 846

def helper_847(x):
    '''unused helper 847'''
    return x + 847

def helper_848(x):
    '''unused helper 848'''
    return x + 848

def helper_849(x):
    '''unused helper 849'''
    return x + 849

def helper_850(x):
    '''unused helper 850'''
    return x + 850

def helper_851(x):
    '''unused helper 851'''
    return x + 851

def helper_852(x):
    '''unused helper 852'''
    return x + 852

def helper_853(x):
    '''unused helper 853'''
    return x + 853

def helper_854(x):
    '''unused helper 854'''
    return x + 854

def helper_855(x):
    '''unused helper 855'''
    return x + 855

def helper_856(x):
    '''unused helper 856'''
    return x + 856

def helper_857(x):
    '''unused helper 857'''
    return x + 857

def helper_858(x):
    '''unused helper 858'''
    return x + 858

def helper_859(x):
    '''unused helper 859'''
    return x + 859

def helper_860(x):
    '''unused helper 860'''
    return x + 860

def helper_861(x):
    '''unused helper 861'''
    return x + 861

def helper_862(x):
    '''unused helper 862'''
    return x + 862

def helper_863(x):
    '''unused helper 863'''
    return x + 863

def helper_864(x):
    '''unused helper 864'''
    return x + 864

def helper_865(x):
    '''unused helper 865'''
    return x + 865

def helper_866(x):
    '''unused helper 866'''
    return x + 866

def helper_867(x):
    '''unused helper 867'''
    return x + 867

def helper_868(x):
    '''unused helper 868'''
    return x + 868

def helper_869(x):
    '''unused helper 869'''
    return x + 869

def helper_870(x):
    '''unused helper 870'''
    return x + 870

def helper_871(x):
    '''unused helper 871'''
    return x + 871

def helper_872(x):
    '''unused helper 872'''
    return x + 872

def helper_873(x):
    '''unused helper 873'''
    return x + 873

def helper_874(x):
    '''unused helper 874'''
    return x + 874

def helper_875(x):
    '''unused helper 875'''
    return x + 875

def helper_876(x):
    '''unused helper 876'''
    return x + 876

def helper_877(x):
    '''unused helper 877'''
    return x + 877

def helper_878(x):
    '''unused helper 878'''
    return x + 878

def helper_879(x):
    '''unused helper 879'''
    return x + 879

def helper_880(x):
    '''unused helper 880'''
    return x + 880

def helper_881(x):
    '''unused helper 881'''
    return x + 881

def helper_882(x):
    '''unused helper 882'''
    return x + 882

def helper_883(x):
    '''unused helper 883'''
    return x + 883

def helper_884(x):
    '''unused helper 884'''
    return x + 884

def helper_885(x):
    '''unused helper 885'''
    return x + 885

def helper_886(x):
    '''unused helper 886'''
    return x + 886

def helper_887(x):
    '''unused helper 887'''
    return x + 887

def helper_888(x):
    '''unused helper 888'''
    return x + 888

def helper_889(x):
    '''unused helper 889'''
    return x + 889

def helper_890(x):
    '''unused helper 890'''
    return x + 890

def helper_891(x):
    '''unused helper 891'''
    return x + 891

def helper_892(x):
    '''unused helper 892'''
    return x + 892

def helper_893(x):
    '''unused helper 893'''
    return x + 893

def helper_894(x):
    '''unused helper 894'''
    return x + 894

def helper_895(x):
    '''unused helper 895'''
    return x + 895

def helper_896(x):
    '''unused helper 896'''
    return x + 896

def helper_897(x):
    '''unused helper 897'''
    return x + 897

def helper_898(x):
    '''unused helper 898'''
    return x + 898

def helper_899(x):
    '''unused helper 899'''
    return x + 899

def helper_900(x):
    '''unused helper 900'''
    return x + 900

def helper_901(x):
    '''unused helper 901'''
    return x + 901

def helper_902(x):
    '''unused helper 902'''
    return x + 902

def helper_903(x):
    '''unused helper 903'''
    return x + 903

def helper_904(x):
    '''unused helper 904'''
    return x + 904

def helper_905(x):
    '''unused helper 905'''
    return x + 905

def helper_906(x):
    '''unused helper 906'''
    return x + 906

def helper_907(x):
    '''unused helper 907'''
    return x + 907

def helper_908(x):
    '''unused helper 908'''
    return x + 908

def helper_909(x):
    '''unused helper 909'''
    return x + 909

def helper_910(x):
    '''unused helper 910'''
    return x + 910

def helper_911(x):
    '''unused helper 911'''
    return x + 911

def helper_912(x):
    '''unused helper 912'''
    return x + 912

def helper_913(x):
    '''unused helper 913'''
    return x + 913

def helper_914(x):
    '''unused helper 914'''
    return x + 914

def helper_915(x):
    '''unused helper 915'''
    return x + 915

def helper_916(x):
    '''unused helper 916'''
    return x + 916

def helper_917(x):
    '''unused helper 917'''
    return x + 917

def helper_918(x):
    '''unused helper 918'''
    return x + 918

def helper_919(x):
    '''unused helper 919'''
    return x + 919

def helper_920(x):
    '''unused helper 920'''
    return x + 920

def helper_921(x):
    '''unused helper 921'''
    return x + 921

def helper_922(x):
    '''unused helper 922'''
    return x + 922

def helper_923(x):
    '''unused helper 923'''
    return x + 923

def helper_924(x):
    '''unused helper 924'''
    return x + 924

def helper_925(x):
    '''unused helper 925'''
    return x + 925

def helper_926(x):
    '''unused helper 926'''
    return x + 926

def helper_927(x):
    '''unused helper 927'''
    return x + 927

def helper_928(x):
    '''unused helper 928'''
    return x + 928

def helper_929(x):
    '''unused helper 929'''
    return x + 929

def helper_930(x):
    '''unused helper 930'''
    return x + 930

def helper_931(x):
    '''unused helper 931'''
    return x + 931

def helper_932(x):
    '''unused helper 932'''
    return x + 932

def helper_933(x):
    '''unused helper 933'''
    return x + 933

def helper_934(x):
    '''unused helper 934'''
    return x + 934

def helper_935(x):
    '''unused helper 935'''
    return x + 935

def helper_936(x):
    '''unused helper 936'''
    return x + 936

def helper_937(x):
    '''unused helper 937'''
    return x + 937

def helper_938(x):
    '''unused helper 938'''
    return x + 938

def helper_939(x):
    '''unused helper 939'''
    return x + 939

def helper_940(x):
    '''unused helper 940'''
    return x + 940

def helper_941(x):
    '''unused helper 941'''
    return x + 941

def helper_942(x):
    '''unused helper 942'''
    return x + 942

def helper_943(x):
    '''unused helper 943'''
    return x + 943

def helper_944(x):
    '''unused helper 944'''
    return x + 944

def helper_945(x):
    '''unused helper 945'''
    return x + 945

def helper_946(x):
    '''unused helper 946'''
    return x + 946

def helper_947(x):
    '''unused helper 947'''
    return x + 947

def helper_948(x):
    '''unused helper 948'''
    return x + 948

def helper_949(x):
    '''unused helper 949'''
    return x + 949

def helper_950(x):
    '''unused helper 950'''
    return x + 950

def helper_951(x):
    '''unused helper 951'''
    return x + 951

def helper_952(x):
    '''unused helper 952'''
    return x + 952

def helper_953(x):
    '''unused helper 953'''
    return x + 953

def helper_954(x):
    '''unused helper 954'''
    return x + 954

def helper_955(x):
    '''unused helper 955'''
    return x + 955

def helper_956(x):
    '''unused helper 956'''
    return x + 956

def helper_957(x):
    '''unused helper 957'''
    return x + 957

def helper_958(x):
    '''unused helper 958'''
    return x + 958

def helper_959(x):
    '''unused helper 959'''
    return x + 959

def helper_960(x):
    '''unused helper 960'''
    return x + 960

def helper_961(x):
    '''unused helper 961'''
    return x + 961

def helper_962(x):
    '''unused helper 962'''
    return x + 962

def helper_963(x):
    '''unused helper 963'''
    return x + 963

def helper_964(x):
    '''unused helper 964'''
    return x + 964

def helper_965(x):
    '''unused helper 965'''
    return x + 965

def helper_966(x):
    '''unused helper 966'''
    return x + 966

def helper_967(x):
    '''unused helper 967'''
    return x + 967

def helper_968(x):
    '''unused helper 968'''
    return x + 968

def helper_969(x):
    '''unused helper 969'''
    return x + 969

def helper_970(x):
    '''unused helper 970'''
    return x + 970

def helper_971(x):
    '''unused helper 971'''
    return x + 971

def helper_972(x):
    '''unused helper 972'''
    return x + 972

def helper_973(x):
    '''unused helper 973'''
    return x + 973

def helper_974(x):
    '''unused helper 974'''
    return x + 974

def helper_975(x):
    '''unused helper 975'''
    return x + 975

def helper_976(x):
    '''unused helper 976'''
    return x + 976

def helper_977(x):
    '''unused helper 977'''
    return x + 977

def helper_978(x):
    '''unused helper 978'''
    return x + 978

def helper_979(x):
    '''unused helper 979'''
    return x + 979

def helper_980(x):
    '''unused helper 980'''
    return x + 980

def helper_981(x):
    '''unused helper 981'''
    return x + 981

def helper_982(x):
    '''unused helper 982'''
    return x + 982

def helper_983(x):
    '''unused helper 983'''
    return x + 983

def helper_984(x):
    '''unused helper 984'''
    return x + 984

def helper_985(x):
    '''unused helper 985'''
    return x + 985

def helper_986(x):
    '''unused helper 986'''
    return x + 986

def helper_987(x):
    '''unused helper 987'''
    return x + 987

def helper_988(x):
    '''unused helper 988'''
    return x + 988

def helper_989(x):
    '''unused helper 989'''
    return x + 989

def helper_990(x):
    '''unused helper 990'''
    return x + 990

def helper_991(x):
    '''unused helper 991'''
    return x + 991

def helper_992(x):
    '''unused helper 992'''
    return x + 992

def helper_993(x):
    '''unused helper 993'''
    return x + 993

def helper_994(x):
    '''unused helper 994'''
    return x + 994

def helper_995(x):
    '''unused helper 995'''
    return x + 995

def helper_996(x):
    '''unused helper 996'''
    return x + 996

def helper_997(x):
    '''unused helper 997'''
    return x + 997

def helper_998(x):
    '''unused helper 998'''
    return x + 998

def helper_999(x):
    '''unused helper 999'''
    return x + 999

def helper_1000(x):
    '''unused helper 1000'''
    return x + 1000

def helper_1001(x):
    '''unused helper 1001'''
    return x + 1001

def helper_1002(x):
    '''unused helper 1002'''
    return x + 1002

def helper_1003(x):
    '''unused helper 1003'''
    return x + 1003

def helper_1004(x):
    '''unused helper 1004'''
    return x + 1004

def helper_1005(x):
    '''unused helper 1005'''
    return x + 1005

def helper_1006(x):
    '''unused helper 1006'''
    return x + 1006

def helper_1007(x):
    '''unused helper 1007'''
    return x + 1007

def helper_1008(x):
    '''unused helper 1008'''
    return x + 1008

def helper_1009(x):
    '''unused helper 1009'''
    return x + 1009

def helper_1010(x):
    '''unused helper 1010'''
    return x + 1010

def helper_1011(x):
    '''unused helper 1011'''
    return x + 1011

def helper_1012(x):
    '''unused helper 1012'''
    return x + 1012

def helper_1013(x):
    '''unused helper 1013'''
    return x + 1013

def helper_1014(x):
    '''unused helper 1014'''
    return x + 1014

def helper_1015(x):
    '''unused helper 1015'''
    return x + 1015

def helper_1016(x):
    '''unused helper 1016'''
    return x + 1016

def helper_1017(x):
    '''unused helper 1017'''
    return x + 1017

def helper_1018(x):
    '''unused helper 1018'''
    return x + 1018

def helper_1019(x):
    '''unused helper 1019'''
    return x + 1019

def helper_1020(x):
    '''unused helper 1020'''
    return x + 1020

def helper_1021(x):
    '''unused helper 1021'''
    return x + 1021

def helper_1022(x):
    '''unused helper 1022'''
    return x + 1022

def helper_1023(x):
    '''unused helper 1023'''
    return x + 1023

def helper_1024(x):
    '''unused helper 1024'''
    return x + 1024

def helper_1025(x):
    '''unused helper 1025'''
    return x + 1025

def helper_1026(x):
    '''unused helper 1026'''
    return x + 1026

def helper_1027(x):
    '''unused helper 1027'''
    return x + 1027

def helper_1028(x):
    '''unused helper 1028'''
    return x + 1028

def helper_1029(x):
    '''unused helper 1029'''
    return x + 1029

def helper_1030(x):
    '''unused helper 1030'''
    return x + 1030

def helper_1031(x):
    '''unused helper 1031'''
    return x + 1031

def helper_1032(x):
    '''unused helper 1032'''
    return x + 1032

def helper_1033(x):
    '''unused helper 1033'''
    return x + 1033

def helper_1034(x):
    '''unused helper 1034'''
    return x + 1034

def helper_1035(x):
    '''unused helper 1035'''
    return x + 1035

def helper_1036(x):
    '''unused helper 1036'''
    return x + 1036

def helper_1037(x):
    '''unused helper 1037'''
    return x + 1037

def helper_1038(x):
    '''unused helper 1038'''
    return x + 1038

def helper_1039(x):
    '''unused helper 1039'''
    return x + 1039

def helper_1040(x):
    '''unused helper 1040'''
    return x + 1040

def helper_1041(x):
    '''unused helper 1041'''
    return x + 1041

def helper_1042(x):
    '''unused helper 1042'''
    return x + 1042

def helper_1043(x):
    '''unused helper 1043'''
    return x + 1043

def helper_1044(x):
    '''unused helper 1044'''
    return x + 1044

def helper_1045(x):
    '''unused helper 1045'''
    return x + 1045

def helper_1046(x):
    '''unused helper 1046'''
    return x + 1046

def helper_1047(x):
    '''unused helper 1047'''
    return x + 1047

def helper_1048(x):
    '''unused helper 1048'''
    return x + 1048

def helper_1049(x):
    '''unused helper 1049'''
    return x + 1049

def helper_1050(x):
    '''unused helper 1050'''
    return x + 1050

def helper_1051(x):
    '''unused helper 1051'''
    return x + 1051

def helper_1052(x):
    '''unused helper 1052'''
    return x + 1052

def helper_1053(x):
    '''unused helper 1053'''
    return x + 1053

def helper_1054(x):
    '''unused helper 1054'''
    return x + 1054

def helper_1055(x):
    '''unused helper 1055'''
    return x + 1055

def helper_1056(x):
    '''unused helper 1056'''
    return x + 1056

def helper_1057(x):
    '''unused helper 1057'''
    return x + 1057

def helper_1058(x):
    '''unused helper 1058'''
    return x + 1058

def helper_1059(x):
    '''unused helper 1059'''
    return x + 1059

def helper_1060(x):
    '''unused helper 1060'''
    return x + 1060

def helper_1061(x):
    '''unused helper 1061'''
    return x + 1061

def helper_1062(x):
    '''unused helper 1062'''
    return x + 1062

def helper_1063(x):
    '''unused helper 1063'''
    return x + 1063

def helper_1064(x):
    '''unused helper 1064'''
    return x + 1064

def helper_1065(x):
    '''unused helper 1065'''
    return x + 1065

def helper_1066(x):
    '''unused helper 1066'''
    return x + 1066

def helper_1067(x):
    '''unused helper 1067'''
    return x + 1067

def helper_1068(x):
    '''unused helper 1068'''
    return x + 1068

def helper_1069(x):
    '''unused helper 1069'''
    return x + 1069

def helper_1070(x):
    '''unused helper 1070'''
    return x + 1070

def helper_1071(x):
    '''unused helper 1071'''
    return x + 1071

def helper_1072(x):
    '''unused helper 1072'''
    return x + 1072

def helper_1073(x):
    '''unused helper 1073'''
    return x + 1073

def helper_1074(x):
    '''unused helper 1074'''
    return x + 1074

def helper_1075(x):
    '''unused helper 1075'''
    return x + 1075

def helper_1076(x):
    '''unused helper 1076'''
    return x + 1076

def helper_1077(x):
    '''unused helper 1077'''
    return x + 1077

def helper_1078(x):
    '''unused helper 1078'''
    return x + 1078

def helper_1079(x):
    '''unused helper 1079'''
    return x + 1079

def helper_1080(x):
    '''unused helper 1080'''
    return x + 1080

def helper_1081(x):
    '''unused helper 1081'''
    return x + 1081

def helper_1082(x):
    '''unused helper 1082'''
    return x + 1082

def helper_1083(x):
    '''unused helper 1083'''
    return x + 1083

def helper_1084(x):
    '''unused helper 1084'''
    return x + 1084

def helper_1085(x):
    '''unused helper 1085'''
    return x + 1085

def helper_1086(x):
    '''unused helper 1086'''
    return x + 1086

def helper_1087(x):
    '''unused helper 1087'''
    return x + 1087

def helper_1088(x):
    '''unused helper 1088'''
    return x + 1088

def helper_1089(x):
    '''unused helper 1089'''
    return x + 1089

def helper_1090(x):
    '''unused helper 1090'''
    return x + 1090

def helper_1091(x):
    '''unused helper 1091'''
    return x + 1091

def helper_1092(x):
    '''unused helper 1092'''
    return x + 1092

def helper_1093(x):
    '''unused helper 1093'''
    return x + 1093

def helper_1094(x):
    '''unused helper 1094'''
    return x + 1094

def helper_1095(x):
    '''unused helper 1095'''
    return x + 1095

def helper_1096(x):
    '''unused helper 1096'''
    return x + 1096

def helper_1097(x):
    '''unused helper 1097'''
    return x + 1097

def helper_1098(x):
    '''unused helper 1098'''
    return x + 1098

def helper_1099(x):
    '''unused helper 1099'''
    return x + 1099

def helper_1100(x):
    '''unused helper 1100'''
    return x + 1100

def helper_1101(x):
    '''unused helper 1101'''
    return x + 1101

def helper_1102(x):
    '''unused helper 1102'''
    return x + 1102

def helper_1103(x):
    '''unused helper 1103'''
    return x + 1103

def helper_1104(x):
    '''unused helper 1104'''
    return x + 1104

def helper_1105(x):
    '''unused helper 1105'''
    return x + 1105

def helper_1106(x):
    '''unused helper 1106'''
    return x + 1106

def helper_1107(x):
    '''unused helper 1107'''
    return x + 1107

def helper_1108(x):
    '''unused helper 1108'''
    return x + 1108

def helper_1109(x):
    '''unused helper 1109'''
    return x + 1109

def helper_1110(x):
    '''unused helper 1110'''
    return x + 1110

def helper_1111(x):
    '''unused helper 1111'''
    return x + 1111

def helper_1112(x):
    '''unused helper 1112'''
    return x + 1112

def helper_1113(x):
    '''unused helper 1113'''
    return x + 1113

def helper_1114(x):
    '''unused helper 1114'''
    return x + 1114

def helper_1115(x):
    '''unused helper 1115'''
    return x + 1115

def helper_1116(x):
    '''unused helper 1116'''
    return x + 1116

def helper_1117(x):
    '''unused helper 1117'''
    return x + 1117

def helper_1118(x):
    '''unused helper 1118'''
    return x + 1118

def helper_1119(x):
    '''unused helper 1119'''
    return x + 1119

def helper_1120(x):
    '''unused helper 1120'''
    return x + 1120

def helper_1121(x):
    '''unused helper 1121'''
    return x + 1121

def helper_1122(x):
    '''unused helper 1122'''
    return x + 1122

def helper_1123(x):
    '''unused helper 1123'''
    return x + 1123

def helper_1124(x):
    '''unused helper 1124'''
    return x + 1124

def helper_1125(x):
    '''unused helper 1125'''
    return x + 1125

def helper_1126(x):
    '''unused helper 1126'''
    return x + 1126

def helper_1127(x):
    '''unused helper 1127'''
    return x + 1127

def helper_1128(x):
    '''unused helper 1128'''
    return x + 1128

def helper_1129(x):
    '''unused helper 1129'''
    return x + 1129

def helper_1130(x):
    '''unused helper 1130'''
    return x + 1130

def helper_1131(x):
    '''unused helper 1131'''
    return x + 1131

def helper_1132(x):
    '''unused helper 1132'''
    return x + 1132

def helper_1133(x):
    '''unused helper 1133'''
    return x + 1133

def helper_1134(x):
    '''unused helper 1134'''
    return x + 1134

def helper_1135(x):
    '''unused helper 1135'''
    return x + 1135

def helper_1136(x):
    '''unused helper 1136'''
    return x + 1136

def helper_1137(x):
    '''unused helper 1137'''
    return x + 1137

def helper_1138(x):
    '''unused helper 1138'''
    return x + 1138

def helper_1139(x):
    '''unused helper 1139'''
    return x + 1139

def helper_1140(x):
    '''unused helper 1140'''
    return x + 1140

def helper_1141(x):
    '''unused helper 1141'''
    return x + 1141

def helper_1142(x):
    '''unused helper 1142'''
    return x + 1142

def helper_1143(x):
    '''unused helper 1143'''
    return x + 1143

def helper_1144(x):
    '''unused helper 1144'''
    return x + 1144

def helper_1145(x):
    '''unused helper 1145'''
    return x + 1145

def helper_1146(x):
    '''unused helper 1146'''
    return x + 1146

def helper_1147(x):
    '''unused helper 1147'''
    return x + 1147

def helper_1148(x):
    '''unused helper 1148'''
    return x + 1148

def helper_1149(x):
    '''unused helper 1149'''
    return x + 1149

def helper_1150(x):
    '''unused helper 1150'''
    return x + 1150

def helper_1151(x):
    '''unused helper 1151'''
    return x + 1151

def helper_1152(x):
    '''unused helper 1152'''
    return x + 1152

def helper_1153(x):
    '''unused helper 1153'''
    return x + 1153

def helper_1154(x):
    '''unused helper 1154'''
    return x + 1154

def helper_1155(x):
    '''unused helper 1155'''
    return x + 1155

def helper_1156(x):
    '''unused helper 1156'''
    return x + 1156

def helper_1157(x):
    '''unused helper 1157'''
    return x + 1157

def helper_1158(x):
    '''unused helper 1158'''
    return x + 1158

def helper_1159(x):
    '''unused helper 1159'''
    return x + 1159

def helper_1160(x):
    '''unused helper 1160'''
    return x + 1160

def helper_1161(x):
    '''unused helper 1161'''
    return x + 1161

def helper_1162(x):
    '''unused helper 1162'''
    return x + 1162

def helper_1163(x):
    '''unused helper 1163'''
    return x + 1163

def helper_1164(x):
    '''unused helper 1164'''
    return x + 1164

def helper_1165(x):
    '''unused helper 1165'''
    return x + 1165

def helper_1166(x):
    '''unused helper 1166'''
    return x + 1166

def helper_1167(x):
    '''unused helper 1167'''
    return x + 1167

def helper_1168(x):
    '''unused helper 1168'''
    return x + 1168

def helper_1169(x):
    '''unused helper 1169'''
    return x + 1169

def helper_1170(x):
    '''unused helper 1170'''
    return x + 1170

def helper_1171(x):
    '''unused helper 1171'''
    return x + 1171

def helper_1172(x):
    '''unused helper 1172'''
    return x + 1172

def helper_1173(x):
    '''unused helper 1173'''
    return x + 1173

def helper_1174(x):
    '''unused helper 1174'''
    return x + 1174

def helper_1175(x):
    '''unused helper 1175'''
    return x + 1175

def helper_1176(x):
    '''unused helper 1176'''
    return x + 1176

def helper_1177(x):
    '''unused helper 1177'''
    return x + 1177

def helper_1178(x):
    '''unused helper 1178'''
    return x + 1178

def helper_1179(x):
    '''unused helper 1179'''
    return x + 1179

def helper_1180(x):
    '''unused helper 1180'''
    return x + 1180

def helper_1181(x):
    '''unused helper 1181'''
    return x + 1181

def helper_1182(x):
    '''unused helper 1182'''
    return x + 1182

def helper_1183(x):
    '''unused helper 1183'''
    return x + 1183

def helper_1184(x):
    '''unused helper 1184'''
    return x + 1184

def helper_1185(x):
    '''unused helper 1185'''
    return x + 1185

def helper_1186(x):
    '''unused helper 1186'''
    return x + 1186

def helper_1187(x):
    '''unused helper 1187'''
    return x + 1187

def helper_1188(x):
    '''unused helper 1188'''
    return x + 1188

def helper_1189(x):
    '''unused helper 1189'''
    return x + 1189

def helper_1190(x):
    '''unused helper 1190'''
    return x + 1190

def helper_1191(x):
    '''unused helper 1191'''
    return x + 1191

def helper_1192(x):
    '''unused helper 1192'''
    return x + 1192

def helper_1193(x):
    '''unused helper 1193'''
    return x + 1193

def helper_1194(x):
    '''unused helper 1194'''
    return x + 1194

def helper_1195(x):
    '''unused helper 1195'''
    return x + 1195

def helper_1196(x):
    '''unused helper 1196'''
    return x + 1196

def helper_1197(x):
    '''unused helper 1197'''
    return x + 1197

def helper_1198(x):
    '''unused helper 1198'''
    return x + 1198

def helper_1199(x):
    '''unused helper 1199'''
    return x + 1199

def helper_1200(x):
    '''unused helper 1200'''
    return x + 1200

def helper_1201(x):
    '''unused helper 1201'''
    return x + 1201

def helper_1202(x):
    '''unused helper 1202'''
    return x + 1202

def helper_1203(x):
    '''unused helper 1203'''
    return x + 1203

def helper_1204(x):
    '''unused helper 1204'''
    return x + 1204

def helper_1205(x):
    '''unused helper 1205'''
    return x + 1205

def helper_1206(x):
    '''unused helper 1206'''
    return x + 1206

def helper_1207(x):
    '''unused helper 1207'''
    return x + 1207

def helper_1208(x):
    '''unused helper 1208'''
    return x + 1208

def helper_1209(x):
    '''unused helper 1209'''
    return x + 1209

def helper_1210(x):
    '''unused helper 1210'''
    return x + 1210

def helper_1211(x):
    '''unused helper 1211'''
    return x + 1211

def helper_1212(x):
    '''unused helper 1212'''
    return x + 1212

def helper_1213(x):
    '''unused helper 1213'''
    return x + 1213

def helper_1214(x):
    '''unused helper 1214'''
    return x + 1214

def helper_1215(x):
    '''unused helper 1215'''
    return x + 1215

def helper_1216(x):
    '''unused helper 1216'''
    return x + 1216

def helper_1217(x):
    '''unused helper 1217'''
    return x + 1217

def helper_1218(x):
    '''unused helper 1218'''
    return x + 1218

def helper_1219(x):
    '''unused helper 1219'''
    return x + 1219

def helper_1220(x):
    '''unused helper 1220'''
    return x + 1220

def helper_1221(x):
    '''unused helper 1221'''
    return x + 1221

def helper_1222(x):
    '''unused helper 1222'''
    return x + 1222

def helper_1223(x):
    '''unused helper 1223'''
    return x + 1223

def helper_1224(x):
    '''unused helper 1224'''
    return x + 1224

def helper_1225(x):
    '''unused helper 1225'''
    return x + 1225

def helper_1226(x):
    '''unused helper 1226'''
    return x + 1226

def helper_1227(x):
    '''unused helper 1227'''
    return x + 1227

def helper_1228(x):
    '''unused helper 1228'''
    return x + 1228

def helper_1229(x):
    '''unused helper 1229'''
    return x + 1229

def helper_1230(x):
    '''unused helper 1230'''
    return x + 1230

def helper_1231(x):
    '''unused helper 1231'''
    return x + 1231

def helper_1232(x):
    '''unused helper 1232'''
    return x + 1232

def helper_1233(x):
    '''unused helper 1233'''
    return x + 1233

def helper_1234(x):
    '''unused helper 1234'''
    return x + 1234

def helper_1235(x):
    '''unused helper 1235'''
    return x + 1235

def helper_1236(x):
    '''unused helper 1236'''
    return x + 1236

def helper_1237(x):
    '''unused helper 1237'''
    return x + 1237

def helper_1238(x):
    '''unused helper 1238'''
    return x + 1238

def helper_1239(x):
    '''unused helper 1239'''
    return x + 1239

def helper_1240(x):
    '''unused helper 1240'''
    return x + 1240

def helper_1241(x):
    '''unused helper 1241'''
    return x + 1241

def helper_1242(x):
    '''unused helper 1242'''
    return x + 1242

def helper_1243(x):
    '''unused helper 1243'''
    return x + 1243

def helper_1244(x):
    '''unused helper 1244'''
    return x + 1244

def helper_1245(x):
    '''unused helper 1245'''
    return x + 1245

def helper_1246(x):
    '''unused helper 1246'''
    return x + 1246

def helper_1247(x):
    '''unused helper 1247'''
    return x + 1247

def helper_1248(x):
    '''unused helper 1248'''
    return x + 1248

def helper_1249(x):
    '''unused helper 1249'''
    return x + 1249

def helper_1250(x):
    '''unused helper 1250'''
    return x + 1250

def helper_1251(x):
    '''unused helper 1251'''
    return x + 1251

def helper_1252(x):
    '''unused helper 1252'''
    return x + 1252

def helper_1253(x):
    '''unused helper 1253'''
    return x + 1253

def helper_1254(x):
    '''unused helper 1254'''
    return x + 1254

def helper_1255(x):
    '''unused helper 1255'''
    return x + 1255

def helper_1256(x):
    '''unused helper 1256'''
    return x + 1256

def helper_1257(x):
    '''unused helper 1257'''
    return x + 1257

def helper_1258(x):
    '''unused helper 1258'''
    return x + 1258

def helper_1259(x):
    '''unused helper 1259'''
    return x + 1259

def helper_1260(x):
    '''unused helper 1260'''
    return x + 1260

def helper_1261(x):
    '''unused helper 1261'''
    return x + 1261

def helper_1262(x):
    '''unused helper 1262'''
    return x + 1262

def helper_1263(x):
    '''unused helper 1263'''
    return x + 1263

def helper_1264(x):
    '''unused helper 1264'''
    return x + 1264

def helper_1265(x):
    '''unused helper 1265'''
    return x + 1265

def helper_1266(x):
    '''unused helper 1266'''
    return x + 1266

def helper_1267(x):
    '''unused helper 1267'''
    return x + 1267

def helper_1268(x):
    '''unused helper 1268'''
    return x + 1268

def helper_1269(x):
    '''unused helper 1269'''
    return x + 1269

def helper_1270(x):
    '''unused helper 1270'''
    return x + 1270

def helper_1271(x):
    '''unused helper 1271'''
    return x + 1271

def helper_1272(x):
    '''unused helper 1272'''
    return x + 1272

def helper_1273(x):
    '''unused helper 1273'''
    return x + 1273

def helper_1274(x):
    '''unused helper 1274'''
    return x + 1274

def helper_1275(x):
    '''unused helper 1275'''
    return x + 1275

def helper_1276(x):
    '''unused helper 1276'''
    return x + 1276

def helper_1277(x):
    '''unused helper 1277'''
    return x + 1277

def helper_1278(x):
    '''unused helper 1278'''
    return x + 1278

def helper_1279(x):
    '''unused helper 1279'''
    return x + 1279

def helper_1280(x):
    '''unused helper 1280'''
    return x + 1280

def helper_1281(x):
    '''unused helper 1281'''
    return x + 1281

def helper_1282(x):
    '''unused helper 1282'''
    return x + 1282

def helper_1283(x):
    '''unused helper 1283'''
    return x + 1283

def helper_1284(x):
    '''unused helper 1284'''
    return x + 1284

def helper_1285(x):
    '''unused helper 1285'''
    return x + 1285

def helper_1286(x):
    '''unused helper 1286'''
    return x + 1286

def helper_1287(x):
    '''unused helper 1287'''
    return x + 1287

def helper_1288(x):
    '''unused helper 1288'''
    return x + 1288

def helper_1289(x):
    '''unused helper 1289'''
    return x + 1289

def helper_1290(x):
    '''unused helper 1290'''
    return x + 1290

def helper_1291(x):
    '''unused helper 1291'''
    return x + 1291

def helper_1292(x):
    '''unused helper 1292'''
    return x + 1292

def helper_1293(x):
    '''unused helper 1293'''
    return x + 1293

def helper_1294(x):
    '''unused helper 1294'''
    return x + 1294

def helper_1295(x):
    '''unused helper 1295'''
    return x + 1295

def helper_1296(x):
    '''unused helper 1296'''
    return x + 1296

def helper_1297(x):
    '''unused helper 1297'''
    return x + 1297

def helper_1298(x):
    '''unused helper 1298'''
    return x + 1298

def helper_1299(x):
    '''unused helper 1299'''
    return x + 1299

def helper_1300(x):
    '''unused helper 1300'''
    return x + 1300

def helper_1301(x):
    '''unused helper 1301'''
    return x + 1301

def helper_1302(x):
    '''unused helper 1302'''
    return x + 1302

def helper_1303(x):
    '''unused helper 1303'''
    return x + 1303

def helper_1304(x):
    '''unused helper 1304'''
    return x + 1304

def helper_1305(x):
    '''unused helper 1305'''
    return x + 1305

def helper_1306(x):
    '''unused helper 1306'''
    return x + 1306

def helper_1307(x):
    '''unused helper 1307'''
    return x + 1307

def helper_1308(x):
    '''unused helper 1308'''
    return x + 1308

def helper_1309(x):
    '''unused helper 1309'''
    return x + 1309

def helper_1310(x):
    '''unused helper 1310'''
    return x + 1310

def helper_1311(x):
    '''unused helper 1311'''
    return x + 1311

def helper_1312(x):
    '''unused helper 1312'''
    return x + 1312

def helper_1313(x):
    '''unused helper 1313'''
    return x + 1313

def helper_1314(x):
    '''unused helper 1314'''
    return x + 1314

def helper_1315(x):
    '''unused helper 1315'''
    return x + 1315

def helper_1316(x):
    '''unused helper 1316'''
    return x + 1316

def helper_1317(x):
    '''unused helper 1317'''
    return x + 1317

def helper_1318(x):
    '''unused helper 1318'''
    return x + 1318

def helper_1319(x):
    '''unused helper 1319'''
    return x + 1319

def helper_1320(x):
    '''unused helper 1320'''
    return x + 1320

def helper_1321(x):
    '''unused helper 1321'''
    return x + 1321

def helper_1322(x):
    '''unused helper 1322'''
    return x + 1322

def helper_1323(x):
    '''unused helper 1323'''
    return x + 1323

def helper_1324(x):
    '''unused helper 1324'''
    return x + 1324

def helper_1325(x):
    '''unused helper 1325'''
    return x + 1325

def helper_1326(x):
    '''unused helper 1326'''
    return x + 1326

def helper_1327(x):
    '''unused helper 1327'''
    return x + 1327

def helper_1328(x):
    '''unused helper 1328'''
    return x + 1328

def helper_1329(x):
    '''unused helper 1329'''
    return x + 1329

def helper_1330(x):
    '''unused helper 1330'''
    return x + 1330

def helper_1331(x):
    '''unused helper 1331'''
    return x + 1331

def helper_1332(x):
    '''unused helper 1332'''
    return x + 1332

def helper_1333(x):
    '''unused helper 1333'''
    return x + 1333

def helper_1334(x):
    '''unused helper 1334'''
    return x + 1334

def helper_1335(x):
    '''unused helper 1335'''
    return x + 1335

def helper_1336(x):
    '''unused helper 1336'''
    return x + 1336

def helper_1337(x):
    '''unused helper 1337'''
    return x + 1337

def helper_1338(x):
    '''unused helper 1338'''
    return x + 1338

def helper_1339(x):
    '''unused helper 1339'''
    return x + 1339

def helper_1340(x):
    '''unused helper 1340'''
    return x + 1340

def helper_1341(x):
    '''unused helper 1341'''
    return x + 1341

def helper_1342(x):
    '''unused helper 1342'''
    return x + 1342

def helper_1343(x):
    '''unused helper 1343'''
    return x + 1343

def helper_1344(x):
    '''unused helper 1344'''
    return x + 1344

def helper_1345(x):
    '''unused helper 1345'''
    return x + 1345

def helper_1346(x):
    '''unused helper 1346'''
    return x + 1346

def helper_1347(x):
    '''unused helper 1347'''
    return x + 1347

def helper_1348(x):
    '''unused helper 1348'''
    return x + 1348

def helper_1349(x):
    '''unused helper 1349'''
    return x + 1349

def helper_1350(x):
    '''unused helper 1350'''
    return x + 1350

def helper_1351(x):
    '''unused helper 1351'''
    return x + 1351

def helper_1352(x):
    '''unused helper 1352'''
    return x + 1352

def helper_1353(x):
    '''unused helper 1353'''
    return x + 1353

def helper_1354(x):
    '''unused helper 1354'''
    return x + 1354

def helper_1355(x):
    '''unused helper 1355'''
    return x + 1355

def helper_1356(x):
    '''unused helper 1356'''
    return x + 1356

def helper_1357(x):
    '''unused helper 1357'''
    return x + 1357

def helper_1358(x):
    '''unused helper 1358'''
    return x + 1358

def helper_1359(x):
    '''unused helper 1359'''
    return x + 1359

def helper_1360(x):
    '''unused helper 1360'''
    return x + 1360

def helper_1361(x):
    '''unused helper 1361'''
    return x + 1361

def helper_1362(x):
    '''unused helper 1362'''
    return x + 1362

def helper_1363(x):
    '''unused helper 1363'''
    return x + 1363

def helper_1364(x):
    '''unused helper 1364'''
    return x + 1364

def helper_1365(x):
    '''unused helper 1365'''
    return x + 1365

def helper_1366(x):
    '''unused helper 1366'''
    return x + 1366

def helper_1367(x):
    '''unused helper 1367'''
    return x + 1367

def helper_1368(x):
    '''unused helper 1368'''
    return x + 1368

def helper_1369(x):
    '''unused helper 1369'''
    return x + 1369

def helper_1370(x):
    '''unused helper 1370'''
    return x + 1370

def helper_1371(x):
    '''unused helper 1371'''
    return x + 1371

def helper_1372(x):
    '''unused helper 1372'''
    return x + 1372

def helper_1373(x):
    '''unused helper 1373'''
    return x + 1373

def helper_1374(x):
    '''unused helper 1374'''
    return x + 1374

def helper_1375(x):
    '''unused helper 1375'''
    return x + 1375

def helper_1376(x):
    '''unused helper 1376'''
    return x + 1376

def helper_1377(x):
    '''unused helper 1377'''
    return x + 1377

def helper_1378(x):
    '''unused helper 1378'''
    return x + 1378

def helper_1379(x):
    '''unused helper 1379'''
    return x + 1379

def helper_1380(x):
    '''unused helper 1380'''
    return x + 1380

def helper_1381(x):
    '''unused helper 1381'''
    return x + 1381

def helper_1382(x):
    '''unused helper 1382'''
    return x + 1382

def helper_1383(x):
    '''unused helper 1383'''
    return x + 1383

def helper_1384(x):
    '''unused helper 1384'''
    return x + 1384

def helper_1385(x):
    '''unused helper 1385'''
    return x + 1385

def helper_1386(x):
    '''unused helper 1386'''
    return x + 1386

def helper_1387(x):
    '''unused helper 1387'''
    return x + 1387

def helper_1388(x):
    '''unused helper 1388'''
    return x + 1388

def helper_1389(x):
    '''unused helper 1389'''
    return x + 1389

def helper_1390(x):
    '''unused helper 1390'''
    return x + 1390

def helper_1391(x):
    '''unused helper 1391'''
    return x + 1391

def helper_1392(x):
    '''unused helper 1392'''
    return x + 1392

def helper_1393(x):
    '''unused helper 1393'''
    return x + 1393

def helper_1394(x):
    '''unused helper 1394'''
    return x + 1394

def helper_1395(x):
    '''unused helper 1395'''
    return x + 1395

def helper_1396(x):
    '''unused helper 1396'''
    return x + 1396

def helper_1397(x):
    '''unused helper 1397'''
    return x + 1397

def helper_1398(x):
    '''unused helper 1398'''
    return x + 1398

def helper_1399(x):
    '''unused helper 1399'''
    return x + 1399

def helper_1400(x):
    '''unused helper 1400'''
    return x + 1400

def helper_1401(x):
    '''unused helper 1401'''
    return x + 1401

def helper_1402(x):
    '''unused helper 1402'''
    return x + 1402

def helper_1403(x):
    '''unused helper 1403'''
    return x + 1403

def helper_1404(x):
    '''unused helper 1404'''
    return x + 1404

def helper_1405(x):
    '''unused helper 1405'''
    return x + 1405

def helper_1406(x):
    '''unused helper 1406'''
    return x + 1406

def helper_1407(x):
    '''unused helper 1407'''
    return x + 1407

def helper_1408(x):
    '''unused helper 1408'''
    return x + 1408

def helper_1409(x):
    '''unused helper 1409'''
    return x + 1409

def helper_1410(x):
    '''unused helper 1410'''
    return x + 1410

def helper_1411(x):
    '''unused helper 1411'''
    return x + 1411

def helper_1412(x):
    '''unused helper 1412'''
    return x + 1412

def helper_1413(x):
    '''unused helper 1413'''
    return x + 1413

def helper_1414(x):
    '''unused helper 1414'''
    return x + 1414

def helper_1415(x):
    '''unused helper 1415'''
    return x + 1415

def helper_1416(x):
    '''unused helper 1416'''
    return x + 1416

def helper_1417(x):
    '''unused helper 1417'''
    return x + 1417

def helper_1418(x):
    '''unused helper 1418'''
    return x + 1418

def helper_1419(x):
    '''unused helper 1419'''
    return x + 1419

def helper_1420(x):
    '''unused helper 1420'''
    return x + 1420

def helper_1421(x):
    '''unused helper 1421'''
    return x + 1421

def helper_1422(x):
    '''unused helper 1422'''
    return x + 1422

def helper_1423(x):
    '''unused helper 1423'''
    return x + 1423

def helper_1424(x):
    '''unused helper 1424'''
    return x + 1424

def helper_1425(x):
    '''unused helper 1425'''
    return x + 1425

def helper_1426(x):
    '''unused helper 1426'''
    return x + 1426

def helper_1427(x):
    '''unused helper 1427'''
    return x + 1427

def helper_1428(x):
    '''unused helper 1428'''
    return x + 1428

def helper_1429(x):
    '''unused helper 1429'''
    return x + 1429

def helper_1430(x):
    '''unused helper 1430'''
    return x + 1430

def helper_1431(x):
    '''unused helper 1431'''
    return x + 1431

def helper_1432(x):
    '''unused helper 1432'''
    return x + 1432

def helper_1433(x):
    '''unused helper 1433'''
    return x + 1433

def helper_1434(x):
    '''unused helper 1434'''
    return x + 1434

def helper_1435(x):
    '''unused helper 1435'''
    return x + 1435

def helper_1436(x):
    '''unused helper 1436'''
    return x + 1436

def helper_1437(x):
    '''unused helper 1437'''
    return x + 1437

def helper_1438(x):
    '''unused helper 1438'''
    return x + 1438

def helper_1439(x):
    '''unused helper 1439'''
    return x + 1439

def helper_1440(x):
    '''unused helper 1440'''
    return x + 1440

def helper_1441(x):
    '''unused helper 1441'''
    return x + 1441

def helper_1442(x):
    '''unused helper 1442'''
    return x + 1442

def helper_1443(x):
    '''unused helper 1443'''
    return x + 1443

def helper_1444(x):
    '''unused helper 1444'''
    return x + 1444

def helper_1445(x):
    '''unused helper 1445'''
    return x + 1445

def helper_1446(x):
    '''unused helper 1446'''
    return x + 1446

def helper_1447(x):
    '''unused helper 1447'''
    return x + 1447

def helper_1448(x):
    '''unused helper 1448'''
    return x + 1448

def helper_1449(x):
    '''unused helper 1449'''
    return x + 1449

def helper_1450(x):
    '''unused helper 1450'''
    return x + 1450

def helper_1451(x):
    '''unused helper 1451'''
    return x + 1451

def helper_1452(x):
    '''unused helper 1452'''
    return x + 1452

def helper_1453(x):
    '''unused helper 1453'''
    return x + 1453

def helper_1454(x):
    '''unused helper 1454'''
    return x + 1454

def helper_1455(x):
    '''unused helper 1455'''
    return x + 1455

def helper_1456(x):
    '''unused helper 1456'''
    return x + 1456

def helper_1457(x):
    '''unused helper 1457'''
    return x + 1457

def helper_1458(x):
    '''unused helper 1458'''
    return x + 1458

def helper_1459(x):
    '''unused helper 1459'''
    return x + 1459

def helper_1460(x):
    '''unused helper 1460'''
    return x + 1460

def helper_1461(x):
    '''unused helper 1461'''
    return x + 1461

def helper_1462(x):
    '''unused helper 1462'''
    return x + 1462

def helper_1463(x):
    '''unused helper 1463'''
    return x + 1463

def helper_1464(x):
    '''unused helper 1464'''
    return x + 1464

def helper_1465(x):
    '''unused helper 1465'''
    return x + 1465

def helper_1466(x):
    '''unused helper 1466'''
    return x + 1466

def helper_1467(x):
    '''unused helper 1467'''
    return x + 1467

def helper_1468(x):
    '''unused helper 1468'''
    return x + 1468

def helper_1469(x):
    '''unused helper 1469'''
    return x + 1469

def helper_1470(x):
    '''unused helper 1470'''
    return x + 1470

def helper_1471(x):
    '''unused helper 1471'''
    return x + 1471

def helper_1472(x):
    '''unused helper 1472'''
    return x + 1472

def helper_1473(x):
    '''unused helper 1473'''
    return x + 1473

def helper_1474(x):
    '''unused helper 1474'''
    return x + 1474

def helper_1475(x):
    '''unused helper 1475'''
    return x + 1475

def helper_1476(x):
    '''unused helper 1476'''
    return x + 1476

def helper_1477(x):
    '''unused helper 1477'''
    return x + 1477

def helper_1478(x):
    '''unused helper 1478'''
    return x + 1478

def helper_1479(x):
    '''unused helper 1479'''
    return x + 1479

def helper_1480(x):
    '''unused helper 1480'''
    return x + 1480

def helper_1481(x):
    '''unused helper 1481'''
    return x + 1481

def helper_1482(x):
    '''unused helper 1482'''
    return x + 1482

def helper_1483(x):
    '''unused helper 1483'''
    return x + 1483

def helper_1484(x):
    '''unused helper 1484'''
    return x + 1484

def helper_1485(x):
    '''unused helper 1485'''
    return x + 1485

def helper_1486(x):
    '''unused helper 1486'''
    return x + 1486

def helper_1487(x):
    '''unused helper 1487'''
    return x + 1487

def helper_1488(x):
    '''unused helper 1488'''
    return x + 1488

def helper_1489(x):
    '''unused helper 1489'''
    return x + 1489

def helper_1490(x):
    '''unused helper 1490'''
    return x + 1490

def helper_1491(x):
    '''unused helper 1491'''
    return x + 1491

def helper_1492(x):
    '''unused helper 1492'''
    return x + 1492

def helper_1493(x):
    '''unused helper 1493'''
    return x + 1493

def helper_1494(x):
    '''unused helper 1494'''
    return x + 1494

def helper_1495(x):
    '''unused helper 1495'''
    return x + 1495

def helper_1496(x):
    '''unused helper 1496'''
    return x + 1496

def helper_1497(x):
    '''unused helper 1497'''
    return x + 1497

def helper_1498(x):
    '''unused helper 1498'''
    return x + 1498

def helper_1499(x):
    '''unused helper 1499'''
    return x + 1499


# The tutorial's Pool example, as a reference solution: five tasks on a pool of four.
from multiprocessing import Pool
import os
import time


def long_time_task(name):
    print('Run task %s (pid:%s)...' % (name, os.getpid()))
    time.sleep(0.3)
    print('Task %s result is: %s' % (name, name * name))


if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    p = Pool(4)
    for i in range(5):
        p.apply_async(long_time_task, args=(i,))
    print('Waiting for all subprocesses done...')
    p.close()
    p.join()
    print('All subprocesses done.')

"""Add the library's Spanish texts, on the same terms as the German in 0006: only where the row
still holds the English they translate, and only into empty columns."""

import importlib

from django.db import migrations


def add_spanish(apps, schema_editor):
    german = importlib.import_module("exercises.migrations.0006_library_in_german")
    german.translate_library(apps, "es", FOCUS_AREAS, EXERCISES)


FOCUS_AREAS = {
    "core": "Zona media (core)",
    "obliques": "Oblicuos",
    "lower-back": "Zona lumbar",
    "glutes": "Glúteos",
    "hips": "Caderas",
    "pelvis": "Pelvis",
    "whole-spine": "Toda la columna",
    "upper-back": "Espalda alta",
    "neck": "Cuello",
}

EXERCISES = {
    "plank": {
        "name": "Plancha",
        "summary": "Te mantienes quieto sobre los antebrazos y las puntas de los pies y así trabajas los músculos de la zona media que mantienen firme el tronco.",
        "benefits": "Mantener el cuerpo recto contra la gravedad trabaja los músculos profundos que rodean tu zona media. Con el tiempo, una zona media más firme puede dar más apoyo a tu espalda al levantar y cargar cosas. No necesitas material y basta con un trozo pequeño de suelo.",
        "steps": [
            "Túmbate boca abajo y apóyate en los antebrazos, con los codos debajo de los hombros.",
            "Apoya las puntas de los pies y levanta la cadera para que tu peso quede sobre los antebrazos y los pies.",
            "Ajusta la cadera hasta que la cabeza, los hombros, la cadera y los talones queden a la misma altura.",
            "Aprieta los músculos del abdomen y respira de forma regular mientras mantienes la postura.",
            "Apoya las rodillas en la esterilla para descansar entre series.",
        ],
        "cautions": [
            "Mantén la espalda en su forma natural y neutra: no dejes que la cadera se hunda ni que suba en pico.",
            "Lleva el ombligo suavemente hacia dentro para mantener firme la zona media.",
            "Si notas molestias cerca de la columna, para y prueba la opción más suave en lugar de seguir.",
            "Baja las rodillas en cuanto empieces a perder la postura.",
        ],
        "skip_if": "Sáltatelo si apoyar el peso en los brazos te duele en los hombros o las muñecas, o en el embarazo avanzado.",
        "start_alt": "Vista lateral de una persona sobre los antebrazos y las rodillas, con la espalda recta.",
        "end_alt": "Sobre los antebrazos y las puntas de los pies, con cabeza, hombros, cadera y talones en una línea recta; la cadera ni hundida ni levantada.",
    },
    "side-plank": {
        "name": "Plancha lateral",
        "summary": "Te mantienes de lado sobre un antebrazo y trabajas los músculos de los costados de la cintura.",
        "benefits": "Los músculos de los costados de la cintura mantienen firme el tronco cada vez que giras o te inclinas. Trabajarlos un lado cada vez también puede ayudarte a notar y compensar diferencias entre tu lado izquierdo y el derecho.",
        "steps": [
            "Túmbate de lado con las piernas estiradas una encima de la otra y apóyate en el antebrazo, con el codo debajo del hombro.",
            "Empuja con el antebrazo y sube la cadera hasta que tu cuerpo quede recto de la cabeza a los pies.",
            "Apoya la mano de arriba en la cadera y respira con calma mientras mantienes la postura.",
            "Baja la cadera con suavidad, date la vuelta y repite del otro lado.",
            "Para una versión más fácil, dobla las rodillas y sube desde las rodillas en lugar de desde los pies.",
        ],
        "cautions": [
            "Mantén la espalda neutra: no dejes que la cadera caiga hacia el suelo ni que se vaya hacia atrás.",
            "Lleva el ombligo suavemente hacia dentro para estabilizar el tronco.",
            "Empuja el suelo para no hundirte en el hombro que te sostiene.",
            "Para y cambia a un ejercicio más suave si notas molestias alrededor de la columna.",
        ],
        "skip_if": "Sáltatelo si apoyarte sobre un hombro te duele, o mientras todavía estés trabajando para lograr una plancha estable.",
        "start_alt": "Vista lateral de una persona tumbada de lado, apoyada en el antebrazo, con la cadera en el suelo.",
        "end_alt": "La cadera levantada para que el cuerpo forme una línea recta de la cabeza a los pies, con la mano de arriba sobre la cadera.",
    },
    "rotating-plank": {
        "name": "Plancha lateral con rotación",
        "summary": "Una plancha lateral en la que pasas el brazo despacio por debajo del cuerpo: un giro controlado para el equilibrio y un movimiento más libre.",
        "benefits": "Girar el tronco mientras la cadera sigue arriba obliga a los músculos de la zona media, la espalda y los glúteos a trabajar en equipo. Pasar el brazo por debajo puede ayudar al equilibrio y a que gires con más facilidad la parte de arriba del cuerpo. Es el ejercicio más exigente de la biblioteca, así que llega a él poco a poco.",
        "steps": [
            "Colócate en plancha lateral sobre el antebrazo o la mano, con el brazo libre estirado hacia arriba.",
            "Aprieta la zona media antes de empezar a moverte y mantenla firme todo el tiempo.",
            "Baja el brazo de arriba y pásalo por debajo del pecho, hacia el hueco junto al brazo de apoyo.",
            "Deja que el pecho gire hacia el suelo al pasar el brazo, con la cadera siempre arriba.",
            "Vuelve despacio hasta que el brazo quede otra vez hacia arriba; eso es una repetición.",
            "Termina tus repeticiones y luego cambia de lado.",
        ],
        "cautions": [
            "Gira solo hasta donde la cadera siga arriba y estable.",
            "Mantén la columna neutra; no redondees ni arquees la espalda para llegar más lejos.",
            "Mantén el ombligo suavemente hacia dentro durante todo el movimiento.",
            "Si el giro te causa molestias cerca de la columna, para y haz la plancha lateral en su lugar.",
        ],
        "skip_if": "Sáltatelo si girar te provoca dolor de espalda, o si la plancha lateral todavía no te resulta fácil.",
        "start_alt": "Una plancha lateral con el brazo de arriba apuntando al techo.",
        "end_alt": "El brazo de arriba pasando por debajo del cuerpo, el pecho girado hacia el suelo y la cadera todavía levantada.",
    },
    "abdominal-crunch": {
        "name": "Crunch abdominal",
        "summary": "Despegas la cabeza y los hombros del suelo un poco y despacio, y así trabajas la parte delantera del tronco.",
        "benefits": "Los crunches cortos y controlados trabajan los músculos de la parte delantera del tronco junto con los músculos largos que recorren la columna y te ayudan a inclinarte en cualquier dirección. Usar estos músculos con regularidad puede ayudarte a sentarte y estar de pie un poco más erguido.",
        "steps": [
            "Túmbate boca arriba con las rodillas dobladas y los pies apoyados, más o menos a la anchura de la cadera.",
            "Cruza los brazos sobre el pecho o apoya las yemas de los dedos suavemente junto a las orejas.",
            "Suelta el aire y sube la cabeza y los hombros solo un poco del suelo.",
            "Haz una breve pausa y luego baja con control.",
        ],
        "cautions": [
            "Haz el movimiento pequeño para que la zona lumbar siga apoyada en el suelo, en posición neutra.",
            "Mete el abdomen hacia dentro antes de cada subida.",
            "Nunca tires de la cabeza ni del cuello con las manos.",
            "Para y elige un ejercicio más suave si notas molestias alrededor de la columna.",
        ],
        "skip_if": "Sáltatelo si inclinarte hacia delante te provoca dolor de espalda o de cuello; la presión de pelota es una opción más suave.",
        "start_alt": "Vista lateral de una persona tumbada boca arriba, con las rodillas dobladas y los brazos cruzados sobre el pecho.",
        "end_alt": "La cabeza y los hombros un poco levantados del suelo, con la zona lumbar apoyada.",
    },
    "bird-dog": {
        "name": "Bird dog (cuadrupedia alterna)",
        "summary": "A cuatro patas, estiras un brazo hacia delante y la pierna del lado contrario hacia atrás, haces una pausa y cambias.",
        "benefits": "Estirar brazo y pierna contrarios mientras el tronco se queda quieto enseña a los músculos de la zona media, los glúteos y la espalda a colaborar. Puede ayudar a la coordinación y al equilibrio, y el ritmo tranquilo hace fácil mantener una buena postura.",
        "steps": [
            "Ponte a cuatro patas, con las manos debajo de los hombros y las rodillas debajo de la cadera.",
            "Aprieta la zona media y mantén la espalda plana, como una mesa.",
            "Estira el brazo derecho hacia delante y la pierna izquierda hacia atrás hasta que ambos queden a la altura del cuerpo.",
            "Mantén unos tres segundos y luego vuelve a apoyar la mano y la rodilla en el suelo.",
            "Repite con el brazo izquierdo y la pierna derecha, y sigue alternando.",
        ],
        "cautions": [
            "Sube la pierna solo hasta la altura de la cadera para que la zona lumbar siga neutra y no se arquee.",
            "Mantén la cadera nivelada con el suelo en lugar de dejar que se incline.",
            "Lleva el ombligo suavemente hacia dentro antes de cada estiramiento.",
            "Si notas molestias cerca de la columna, para y prueba la opción más suave.",
        ],
        "skip_if": "Sáltatelo si te duele arrodillarte o apoyar peso en las manos.",
        "start_alt": "Vista lateral de una persona a cuatro patas, con la espalda plana.",
        "end_alt": "Un brazo estirado hacia delante y la pierna contraria hacia atrás, ambos a la altura de la espalda plana.",
    },
    "hip-flexor-stretch": {
        "name": "Estiramiento de flexores de cadera",
        "summary": "Un estiramiento tumbado en el extremo de un banco firme que abre la parte delantera de una cadera cada vez.",
        "benefits": "Los músculos de la parte delantera de la cadera se unen cerca de la zona baja de la columna, así que, cuando están tensos, pueden tirar de ella y cambiar la postura de tu espalda. Alargarlos con suavidad puede ayudar a que la zona lumbar y la cadera se sientan más relajadas.",
        "steps": [
            "Siéntate en el borde de un extremo de un banco estable, lo bastante alto para que los pies cuelguen al tumbarte.",
            "Túmbate hacia atrás y lleva las dos rodillas hacia ti, sujetándolas con las manos.",
            "Sigue sujetando una rodilla y deja que la otra pierna baje despacio hasta que cuelgue hacia el suelo.",
            "Relájate y respira mientras mantienes, notando un estiramiento en la parte delantera de la cadera que bajaste.",
            "Vuelve a subir la pierna y cambia de lado.",
        ],
        "cautions": [
            "Usa un banco que no se vuelque, y súbete y bájate despacio.",
            "Mantén la zona lumbar apoyada en el banco en posición neutra; no dejes que se arquee.",
            "Estira solo hasta una tensión leve, nunca hasta el dolor.",
            "Si notas molestias alrededor de la columna, para y cambia a un estiramiento más suave.",
        ],
        "skip_if": "Sáltatelo si no tienes un banco firme y lo bastante alto, o si bajar la pierna te provoca dolor de espalda.",
        "start_alt": "Vista lateral de una persona tumbada en el extremo de un banco, abrazando las dos rodillas contra el pecho.",
        "end_alt": "Una pierna bajada y colgando del banco mientras las manos mantienen la otra rodilla junto al pecho.",
    },
    "ball-squeeze": {
        "name": "Presión de pelota con báscula pélvica",
        "summary": "Boca arriba, aprietas una pelota blanda entre las rodillas mientras basculas la pelvis para aplanar la zona lumbar.",
        "benefits": "Es una forma fácil y de poco esfuerzo de activar los músculos profundos de la zona media y la cara interna de los muslos. Practicar la báscula puede ayudar a la postura y a la alineación de la pelvis y la zona lumbar.",
        "steps": [
            "Túmbate boca arriba con las rodillas dobladas, los pies apoyados y una pelota blanda o un cojín doblado entre las rodillas.",
            "Suelta el aire y bascula la pelvis con suavidad para que la zona lumbar se acerque al suelo.",
            "Al mismo tiempo, aprieta la pelota con las rodillas y mantén unos cinco segundos.",
            "Suelta la presión y la báscula a la vez, y descansa un momento antes de la siguiente.",
        ],
        "cautions": [
            "Haz el movimiento pequeño; la cadera se queda en el suelo.",
            "Lleva el ombligo suavemente hacia dentro mientras aprietas.",
            "Respira todo el tiempo en lugar de aguantar la respiración.",
            "Si notas molestias cerca de la columna, para y descansa en lugar de seguir.",
        ],
        "skip_if": "Sáltatelo si estar tumbado boca arriba te resulta incómodo, por ejemplo en el embarazo avanzado.",
        "start_alt": "Vista lateral de una persona boca arriba, con las rodillas dobladas y una pelota entre las rodillas.",
        "end_alt": "Las rodillas aprietan la pelota mientras la pelvis bascula hacia atrás y la zona lumbar se apoya en el suelo.",
    },
    "cat-cow": {
        "name": "Gato-camello",
        "summary": "A cuatro patas, redondeas despacio la espalda y luego la arqueas con suavidad, para que se mueva entera, de arriba abajo.",
        "benefits": "Alternar entre redondear y arquear mueve cada parte de la espalda por turnos. La posición redondeada alarga la zona lumbar, y al meter el abdomen entran en juego los músculos de la zona media. Es tan suave que cabe en cualquier momento del día.",
        "steps": [
            "Empieza a cuatro patas, con las manos debajo de los hombros y las rodillas debajo de la cadera.",
            "Toma aire, deja que el abdomen baje y sube un poco el pecho y el coxis (vaca).",
            "Suelta el aire, mete el abdomen y redondea la espalda hacia arriba mientras la cabeza baja (gato).",
            "Pasa con fluidez de una posición a otra, un ciclo lento por cada respiración.",
        ],
        "cautions": [
            "Arquea poco y quédate en un rango cómodo; nunca fuerces ninguno de los dos extremos.",
            "Mantén el abdomen suavemente hacia dentro, sobre todo al arquear.",
            "Mantén los brazos estirados, pero sin bloquear los codos.",
            "Si notas molestias alrededor de la columna, para y prueba la opción más suave en su lugar.",
        ],
        "skip_if": "Sáltatelo si te duele arrodillarte o apoyar peso en las manos; rodillas al pecho es una opción más suave.",
        "start_alt": "Vista lateral de una persona a cuatro patas, con la espalda ligeramente hundida y la cabeza levantada.",
        "end_alt": "La espalda redondeada hacia el techo, la cabeza relajada hacia abajo y el ombligo hacia dentro.",
    },
    "knees-to-chest": {
        "name": "Rodillas al pecho",
        "summary": "Boca arriba, llevas las dos rodillas hacia el pecho y te quedas ahí para estirar suavemente la zona lumbar.",
        "benefits": "Llevar las rodillas hacia ti estira con suavidad la zona lumbar y los glúteos. Puede ayudar a que la zona lumbar se sienta menos comprimida y la cadera más equilibrada.",
        "steps": [
            "Túmbate boca arriba en una esterilla con las rodillas dobladas y los pies apoyados.",
            "Lleva una rodilla hacia el pecho y luego la otra, sujetándolas por detrás de los muslos o justo debajo de las rodillas.",
            "Tira con suavidad hasta notar un estiramiento leve en la zona lumbar y los glúteos.",
            "Respira despacio mientras mantienes y luego baja los pies de uno en uno.",
        ],
        "cautions": [
            "Deja la cabeza y los hombros relajados en el suelo.",
            "Sujeta por detrás de los muslos si sujetar las rodillas te resulta incómodo.",
            "Deja que la espalda se asiente en el suelo; no te balancees ni des rebotes.",
            "Si notas molestias cerca de la columna, para y descansa en lugar de forzar.",
        ],
        "skip_if": "Sáltatelo si llevar las rodillas hacia ti te provoca dolor que baja por una pierna, o después de una operación de cadera hasta que tu equipo médico diga que puedes hacerlo.",
        "start_alt": "Vista lateral de una persona boca arriba, con las rodillas dobladas y los pies en el suelo.",
        "end_alt": "Las dos rodillas llevadas al pecho con las manos, con la cabeza apoyada en el suelo.",
    },
    "chin-to-chest": {
        "name": "Barbilla al pecho",
        "summary": "Un movimiento lento de la cabeza hacia abajo que estira suavemente la parte de atrás del cuello.",
        "benefits": "Bajar la cabeza relaja los músculos de la parte alta del cuello, que suelen tensarse cuando pasas un rato sin moverte. Es una buena pausa después de horas delante de una pantalla o en el escritorio.",
        "steps": [
            "Siéntate o ponte de pie bien erguido, con los hombros relajados y bajos.",
            "Baja la barbilla hacia el pecho en un movimiento lento y uniforme.",
            "Para donde notes un estiramiento leve en la parte de atrás del cuello y mantén ahí.",
            "Vuelve a subir la cabeza igual de despacio.",
        ],
        "cautions": [
            "Mantén la espalda erguida en su curva natural; solo se mueve la cabeza.",
            "Muévete con suavidad, sin rebotes y sin tirar de la cabeza hacia abajo con las manos.",
            "Si notas molestias en el cuello o a lo largo de la columna, para y prueba otro ejercicio.",
        ],
        "skip_if": "Sáltatelo si te has lesionado el cuello hace poco, o si doblar el cuello te provoca dolor u hormigueo en los brazos.",
        "start_alt": "Vista lateral de una persona sentada erguida en una silla, con la cabeza recta.",
        "end_alt": "La barbilla bajada despacio hacia el pecho, con los hombros relajados.",
    },
    "shoulder-shrug": {
        "name": "Encogimiento de hombros",
        "summary": "Subes los hombros hacia las orejas, haces una pausa y los dejas caer para soltar la base del cuello.",
        "benefits": "Subir y bajar los hombros trabaja los músculos que unen el cuello y la espalda alta. Puede ayudar a soltar la tensión donde el cuello se une con los hombros, y lo puedes hacer en tu propio escritorio.",
        "steps": [
            "Ponte de pie o siéntate erguido, con los brazos colgando sueltos a los lados.",
            "Sube los dos hombros hacia las orejas.",
            "Mantén unos tres segundos.",
            "Baja los hombros despacio y deja que se relajen del todo antes de la siguiente.",
        ],
        "cautions": [
            "Mantén la cabeza quieta y el cuello largo; no adelantes la barbilla.",
            "Sigue erguido, con la espalda en su curva natural.",
            "Si notas molestias en el cuello o a lo largo de la columna, para y prueba otro ejercicio.",
        ],
        "skip_if": "Sáltatelo si subir los hombros te duele, por ejemplo después de una lesión de hombro.",
        "start_alt": "Vista frontal de una persona de pie, erguida, con los brazos relajados a los lados.",
        "end_alt": "Los dos hombros subidos hacia las orejas, con la cabeza quieta y los brazos relajados.",
    },
    "chin-tuck": {
        "name": "Retracción de barbilla (chin tuck)",
        "summary": "Llevas la cabeza un poco hacia atrás en línea recta para colocar el cuello sobre los hombros.",
        "benefits": "Pasar muchas horas delante de una pantalla adelanta la cabeza. Llevarla hacia atrás unas cuantas veces al día activa los pequeños músculos de la parte delantera del cuello y puede aliviar la carga en la parte de atrás.",
        "steps": [
            "Siéntate o ponte de pie erguido, con los hombros relajados y la mirada al frente.",
            "Con la barbilla nivelada, lleva la cabeza recta hacia atrás, como si hicieras papada.",
            "Mantén unos segundos mientras respiras con normalidad.",
            "Deja que la cabeza vuelva hacia delante, a donde empezó.",
        ],
        "cautions": [
            "Muévete recto hacia atrás, no hacia abajo: la mirada sigue en el horizonte.",
            "Haz el movimiento pequeño; basta con un estiramiento suave en la base del cráneo.",
            "Para si notas hormigueo o dolor que baja hacia los brazos.",
        ],
        "skip_if": "Sáltatelo si te has lesionado el cuello hace poco, o si mover el cuello te provoca dolor, entumecimiento u hormigueo en los brazos, hasta que lo haya revisado un profesional.",
        "start_alt": "Vista lateral de una persona de pie con la cabeza adelantada respecto a los hombros.",
        "end_alt": "La cabeza llevada recta hacia atrás sobre los hombros, con la barbilla nivelada y la mirada al frente.",
    },
    "neck-side-stretch": {
        "name": "Estiramiento lateral de cuello",
        "summary": "Inclinas despacio la oreja hacia el hombro para estirar el lateral del cuello.",
        "benefits": "Los músculos entre el cuello y los hombros suelen tensarse cuando estamos en tensión o pasamos mucho tiempo sentados. Una inclinación lenta hacia un lado les da un estiramiento suave y puede dejar el cuello más suelto.",
        "steps": [
            "Siéntate o ponte de pie erguido y deja que los dos hombros bajen, lejos de las orejas.",
            "Inclina la cabeza despacio para que una oreja se acerque al hombro del mismo lado.",
            "Para donde notes un estiramiento leve en el otro lado del cuello y mantén.",
            "Vuelve despacio con la cabeza al centro y luego inclínala hacia el otro lado.",
        ],
        "cautions": [
            "Mantén los dos hombros bajos; se mueve la cabeza, no el hombro.",
            "Inclina solo hasta un estiramiento leve y nunca tires de la cabeza con la mano.",
            "Vuelve al centro si notas mareo, entumecimiento u hormigueo.",
        ],
        "skip_if": "Sáltatelo si te has lesionado el cuello hace poco o si inclinar la cabeza te marea, hasta que lo haya revisado un profesional.",
        "start_alt": "Vista frontal de una persona de pie, erguida, con la cabeza recta y los hombros relajados.",
        "end_alt": "La cabeza inclinada para que una oreja se acerque a su hombro, con los dos hombros bajos.",
    },
    "thoracic-extension-chair": {
        "name": "Extensión torácica sobre una silla",
        "summary": "Te inclinas suavemente hacia atrás sobre el respaldo de una silla para abrir una espalda alta encorvada.",
        "benefits": "Pasar mucho tiempo sentado suele encorvar la espalda alta. Inclinarte hacia atrás sobre el respaldo de una silla firme le deja moverse un momento en la dirección contraria, lo que puede ayudarte a sentarte más erguido después.",
        "steps": [
            "Siéntate en una silla firme cuyo respaldo llegue más o menos a la mitad de los omóplatos.",
            "Apoya las manos con suavidad detrás de la cabeza y acerca los codos.",
            "Suelta el aire e inclínate hacia atrás sobre el respaldo, dejando que la espalda alta se arquee.",
            "Haz una pausa de una respiración y vuelve a sentarte erguido.",
        ],
        "cautions": [
            "Deja que el movimiento lo haga la espalda alta; la zona lumbar se queda contra el asiento.",
            "Sujeta la cabeza con las manos en lugar de dejarla caer hacia atrás.",
            "Inclínate solo hasta donde te resulte cómodo.",
        ],
        "skip_if": "Sáltatelo si inclinarte hacia atrás te provoca dolor de espalda o de cuello, o si te han dicho que evites doblarte hacia atrás.",
        "start_alt": "Vista lateral de una persona sentada erguida en una silla, con las manos detrás de la cabeza.",
        "end_alt": "La espalda alta arqueada con suavidad sobre el respaldo, la cabeza sujeta por las manos y la zona lumbar contra el asiento.",
    },
    "wall-angel": {
        "name": "Ángel en la pared",
        "summary": "Deslizas los brazos despacio arriba y abajo por una pared para trabajar los músculos entre los omóplatos.",
        "benefits": "Deslizar los brazos por la pared hace trabajar los músculos de alrededor de los omóplatos mientras la espalda se queda contra la pared. Puede ayudarte a notar y corregir una postura encorvada en el escritorio.",
        "steps": [
            "Ponte de pie con la espalda contra una pared y los pies a un paso corto de ella.",
            "Apoya contra la pared la parte de atrás de la cabeza, la espalda alta y la cadera.",
            "Sube los brazos en forma de U, con los codos doblados y el dorso de las manos hacia la pared.",
            "Desliza los brazos despacio hacia arriba por la pared hasta donde te resulte cómodo, y luego hacia abajo.",
        ],
        "cautions": [
            "Mantén la zona lumbar en su curva natural: no la aplastes contra la pared ni la arquees.",
            "Lleva el ombligo suavemente hacia dentro para que las costillas no se abran hacia fuera.",
            "Las manos pueden separarse de la pared; desliza solo hasta donde te resulte fácil.",
        ],
        "skip_if": "Sáltatelo si subir los brazos por encima de la cabeza te duele, por ejemplo después de una lesión de hombro.",
        "start_alt": "Vista frontal de una persona de pie contra una pared, con los brazos doblados en forma de U a la altura de los hombros.",
        "end_alt": "Los brazos deslizados por la pared por encima de la cabeza, con la espalda y la cadera todavía tocando la pared.",
    },
    "pelvic-tilt": {
        "name": "Báscula pélvica",
        "summary": "Boca arriba, balanceas un poco la pelvis para llevar la zona lumbar a su posición neutra.",
        "benefits": "Balancear la pelvis con suavidad te enseña dónde está la posición neutra de tu zona lumbar y activa los músculos profundos del abdomen. Es una de las formas más fáciles de empezar a mover una zona lumbar rígida.",
        "steps": [
            "Túmbate boca arriba con las rodillas dobladas y los pies apoyados en el suelo.",
            "Fíjate en el pequeño hueco entre tu zona lumbar y el suelo.",
            "Suelta el aire, lleva el ombligo hacia dentro y bascula la pelvis para que ese hueco se cierre.",
            "Mantén unos segundos y luego deja que la pelvis vuelva a donde empezó.",
        ],
        "cautions": [
            "Haz el movimiento pequeño y lento; los glúteos se quedan en el suelo.",
            "Suelta el aire al bascular en lugar de aguantar la respiración.",
            "Para si el movimiento te provoca molestias cerca de la columna.",
        ],
        "skip_if": "Sáltatelo si estar tumbado boca arriba te resulta incómodo, por ejemplo en el embarazo avanzado, y pide a un profesional una versión que te vaya bien.",
        "start_alt": "Vista lateral de una persona tumbada boca arriba, con las rodillas dobladas y un pequeño hueco bajo la zona lumbar.",
        "end_alt": "La pelvis basculada para que la zona lumbar quede plana en el suelo, con el ombligo hacia dentro.",
    },
    "glute-bridge": {
        "name": "Puente de glúteos",
        "summary": "Desde boca arriba con las rodillas dobladas, levantas la cadera del suelo para trabajar los glúteos y la parte de atrás del tronco.",
        "benefits": "Unos glúteos fuertes se reparten el trabajo que, si no, haría la zona lumbar al estar de pie, caminar y levantar cosas. El puente los fortalece sin más carga para la columna que el peso de tu propia cadera.",
        "steps": [
            "Túmbate boca arriba con las rodillas dobladas y los pies apoyados, a la anchura de la cadera.",
            "Lleva el ombligo hacia dentro y empuja con suavidad con los talones.",
            "Sube la cadera hasta que hombros, cadera y rodillas formen una línea.",
            "Mantén una respiración y luego baja despacio, apoyando la espalda poco a poco.",
        ],
        "cautions": [
            "Sube solo hasta que el cuerpo quede recto; no empujes la cadera más arriba arqueando la espalda.",
            "Mantén las rodillas hacia delante, en línea con los pies.",
            "Si lo notas más en la zona lumbar que en los glúteos, sube menos.",
        ],
        "skip_if": "Sáltatelo si levantar la cadera te provoca dolor de espalda, y después de una operación reciente de espalda o de cadera hasta que tu equipo médico diga que puedes hacerlo.",
        "start_alt": "Vista lateral de una persona tumbada boca arriba, con las rodillas dobladas y los pies apoyados en el suelo.",
        "end_alt": "La cadera levantada para que hombros, cadera y rodillas formen una línea recta, sin arquear la espalda.",
    },
    "dead-bug": {
        "name": "Bicho muerto (dead bug)",
        "summary": "Boca arriba, alejas despacio un brazo y la pierna contraria mientras el tronco se queda quieto.",
        "benefits": "Mover brazos y piernas mientras el tronco se queda quieto es justo lo que hace la zona media todo el día. Hacerlo boca arriba, con el suelo como referencia, hace que ese control sea más fácil de aprender.",
        "steps": [
            "Túmbate boca arriba y sube los brazos hacia el techo.",
            "Levanta las rodillas para que queden encima de la cadera, dobladas en ángulo recto.",
            "Lleva el ombligo hacia dentro para que la zona lumbar se apoye suavemente en el suelo.",
            "Lleva despacio un brazo por encima de la cabeza y estira la pierna contraria, y luego vuelve con los dos.",
            "Repite con el otro brazo y la otra pierna.",
        ],
        "cautions": [
            "Mantén la zona lumbar apoyada en el suelo; estira menos si empieza a levantarse.",
            "Muévete despacio y suelta el aire al estirar.",
            "Para y haz un ejercicio más suave si notas molestias cerca de la columna.",
        ],
        "skip_if": "Sáltatelo si estar tumbado boca arriba te resulta incómodo o si todavía no puedes mantener la zona lumbar en el suelo: empieza con la báscula pélvica.",
        "start_alt": "Vista lateral de una persona boca arriba, con los brazos hacia arriba y las rodillas dobladas encima de la cadera.",
        "end_alt": "Un brazo estirado por encima de la cabeza y la pierna contraria estirada baja, con la zona lumbar todavía en el suelo.",
    },
    "childs-pose": {
        "name": "Postura del niño",
        "summary": "Un descanso de rodillas, con la cadera hacia los talones y los brazos estirados, para un estiramiento suave de la espalda.",
        "benefits": "Sentarte hacia atrás sobre los talones deja que toda la espalda se alargue mientras el suelo sostiene tu peso. A mucha gente le parece una forma tranquila de terminar una sesión.",
        "steps": [
            "Arrodíllate en una esterilla con las rodillas algo separadas y los dedos gordos de los pies juntos.",
            "Lleva la cadera hacia atrás, hacia los talones.",
            "Avanza con las manos hacia delante y baja el pecho hacia el suelo.",
            "Apoya la frente en la esterilla o en un cojín y respira despacio hacia la espalda.",
        ],
        "cautions": [
            "Siéntate hacia atrás solo hasta donde te resulte cómodo; un cojín entre la cadera y los talones ayuda.",
            "Deja que la espalda se redondee con suavidad; nada debería sentirse forzado.",
            "Sal despacio, volviendo con las manos hacia ti.",
        ],
        "skip_if": "Sáltatelo si arrodillarte te duele en las rodillas o si inclinarte hacia delante te provoca dolor que baja por la pierna; rodillas al pecho es una opción más suave.",
        "start_alt": "Vista lateral de una persona a cuatro patas, con la espalda plana.",
        "end_alt": "La cadera sentada hacia atrás sobre los talones, los brazos estirados en el suelo y la frente apoyada.",
    },
    "mcgill-curl-up": {
        "name": "Curl-up de McGill",
        "summary": "Una subida muy pequeña de la cabeza y los hombros, con una rodilla doblada y las manos bajo la zona lumbar.",
        "benefits": "Esta versión del curl-up trabaja la parte delantera del tronco mientras la zona lumbar mantiene su curva natural, algo que mucha gente encuentra más amable para la espalda que un abdominal completo.",
        "steps": [
            "Túmbate boca arriba con una rodilla doblada y la otra pierna estirada en el suelo.",
            "Pon las manos, con las palmas hacia abajo, bajo la curva natural de tu zona lumbar.",
            "Aprieta la zona media y luego levanta la cabeza y los hombros apenas del suelo.",
            "Mantén unas cuantas respiraciones, baja despacio y cambia de pierna a mitad.",
        ],
        "cautions": [
            "Sube muy poco: la barbilla no toca el pecho y el cuello sigue largo.",
            "No aplastes la zona lumbar contra las manos; mantén su curva natural.",
            "Para si notas molestias en el cuello o la espalda.",
        ],
        "skip_if": "Sáltatelo si estar tumbado boca arriba te resulta incómodo o si levantar la cabeza te fuerza el cuello.",
        "start_alt": "Vista lateral de una persona boca arriba, con una rodilla doblada y las manos bajo la zona lumbar.",
        "end_alt": "La cabeza y los hombros apenas levantados del suelo, con el cuello largo y la curva de la zona lumbar mantenida.",
    },
}


class Migration(migrations.Migration):
    dependencies = [
        ("exercises", "0006_library_in_german"),
    ]

    operations = [
        migrations.RunPython(add_spanish, migrations.RunPython.noop),
    ]

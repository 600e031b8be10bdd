# bash completion for storyteller-cli                                   -*- shell-script -*-
# shellcheck shell=bash
# Installed as share/bash-completion/completions/storyteller-cli. Works with or without the
# bash-completion package (its _filedir is used when it is there). packaging/check-docs.sh
# checks that it offers every command and option storyteller-cli --help lists.

_storyteller_cli_files()
{
    # $1: -d for folders only.
    if declare -F _filedir >/dev/null; then
        _filedir "$@"
    else
        compopt -o filenames 2>/dev/null
        local IFS=$'\n'
        if [[ ${1-} == -d ]]; then
            mapfile -t COMPREPLY < <(compgen -d -- "$cur")
        else
            mapfile -t COMPREPLY < <(compgen -f -- "$cur")
        fi
    fi
}

_storyteller_cli_words()
{
    mapfile -t COMPREPLY < <(compgen -W "$1" -- "$cur")
}

_storyteller_cli()
{
    local cur=${COMP_WORDS[COMP_CWORD]}
    local prev=""
    local cword=$COMP_CWORD
    ((cword > 0)) && prev=${COMP_WORDS[cword - 1]}
    COMPREPLY=()

    # --option=value: bash splits at '=' (COMP_WORDBREAKS), so the option is one word back.
    if [[ $cur == = ]]; then
        prev=${COMP_WORDS[cword - 1]}
        cur=""
    elif [[ $prev == = ]] && ((cword > 1)); then
        prev=${COMP_WORDS[cword - 2]}
    fi

    local options_with_value="--data-dir --language --name --output --format"
    local options="$options_with_value --listen --show -h --help --help-all -v --version"
    case $prev in
    --data-dir)
        _storyteller_cli_files -d
        return
        ;;
    --language)
        _storyteller_cli_words "en ko ja es"
        return
        ;;
    --format)
        if [[ " ${COMP_WORDS[*]} " == *" export-audio "* ]]; then
            _storyteller_cli_words "wav mp3 opus"
        else
            _storyteller_cli_words "json md"
        fi
        return
        ;;
    --output)
        _storyteller_cli_files
        return
        ;;
    --name)
        return # any text
        ;;
    esac

    if [[ $cur == -* ]]; then
        _storyteller_cli_words "$options"
        return
    fi

    # The command words so far, without the options and their values.
    local -a args=()
    local i word skip=0
    for ((i = 1; i < cword; i++)); do
        word=${COMP_WORDS[i]}
        if ((skip)); then
            [[ $word == = ]] && continue # --option = value
            skip=0
            continue
        fi
        case $word in
        --data-dir | --language | --name | --output | --format) skip=1 ;;
        -*) ;;
        *) args+=("$word") ;;
        esac
    done

    case ${#args[@]} in
    0)
        _storyteller_cli_words "library sessions session models check chat extract say"
        ;;
    1)
        case ${args[0]} in
        library) _storyteller_cli_words "list export import" ;;
        sessions) _storyteller_cli_words "list export export-audio import" ;;
        session) _storyteller_cli_words "export export-audio import" ;;
        extract) _storyteller_cli_files ;; # a file, or a URL typed whole
        esac
        ;;
    *)
        case "${args[0]} ${args[1]}" in
        "library import" | "session import" | "sessions import")
            _storyteller_cli_files
            ;;
        esac
        # library export IDs and session names or ids: not completed (it would open the
        # database on every Tab).
        ;;
    esac
}
complete -F _storyteller_cli storyteller-cli
